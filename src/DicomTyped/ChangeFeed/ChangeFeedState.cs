namespace DicomTyped.Client;

/// <summary>The current state of the instance an event is about.</summary>
public enum ChangeFeedState
{
    /// <summary>The event describes the instance as it is now.</summary>
    Current,

    /// <summary>A later event replaced this one.</summary>
    Replaced,

    /// <summary>The instance has since been deleted.</summary>
    Deleted,
}
