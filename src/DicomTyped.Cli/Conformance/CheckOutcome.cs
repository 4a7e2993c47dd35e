namespace DicomTyped.Cli.Conformance;

/// <summary>How one conformance check ended.</summary>
internal enum CheckOutcome
{
    /// <summary>The server answered as the profile says it should.</summary>
    Pass,

    /// <summary>The server's answer differs from the profile's (the check says expected and actual).</summary>
    Fail,

    /// <summary>The profile says the server does not offer this; the check was not run.</summary>
    NotSupported,
}
