namespace DicomTyped.Cli.Tutorial;

/// <summary>
/// The walk-through's three files: one study; green-square and red-triangle share a series, blue-circle is alone
/// in another (reference section 1).
/// </summary>
internal sealed class TutorialSamples
{
    private TutorialSamples(TutorialSample blueCircle, TutorialSample greenSquare, TutorialSample redTriangle)
    {
        BlueCircle = blueCircle;
        GreenSquare = greenSquare;
        RedTriangle = redTriangle;
    }

    public TutorialSample BlueCircle { get; }

    public TutorialSample GreenSquare { get; }

    public TutorialSample RedTriangle { get; }

    public TutorialSample[] All => [BlueCircle, GreenSquare, RedTriangle];

    public string Study => BlueCircle.StudyInstanceUid;

    /// <summary>The series green-square and red-triangle share.</summary>
    public string SharedSeries => RedTriangle.SeriesInstanceUid;

    public static TutorialSamples Load() =>
        new(TutorialSample.Load("blue-circle.dcm"), TutorialSample.Load("green-square.dcm"), TutorialSample.Load("red-triangle.dcm"));
}
