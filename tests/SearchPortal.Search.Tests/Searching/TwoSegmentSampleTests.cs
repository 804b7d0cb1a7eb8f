namespace SearchPortal.Search.Tests.Searching;

/// <summary>Tests over one <see cref="TwoSegmentSample"/>, built once for the fixture and removed after it.</summary>
public abstract class TwoSegmentSampleTests
{
    private TwoSegmentSample? sample;

    private protected TwoSegmentSample Sample => sample ?? throw new InvalidOperationException("The sample is built in the fixture's set-up.");

    [OneTimeSetUp]
    public void BuildSample() => sample = new TwoSegmentSample();

    [OneTimeTearDown]
    public void RemoveSample() => sample?.Dispose();
}
