namespace DicomTyped.Client;

/// <summary>What happened to an instance in a change-feed event.</summary>
public enum ChangeFeedAction
{
    /// <summary>The instance was stored.</summary>
    Create,

    /// <summary>The instance was deleted.</summary>
    Delete,

    /// <summary>The instance's metadata was updated (v2 bulk update).</summary>
    Update,
}
