namespace Ingest.Normalizers.Tests;

/// <summary>The spare working objects kept between documents: bounded by the slots, never handed out twice.</summary>
public sealed class SpareInstancesTests
{
    [Fact]
    public void A_given_back_instance_is_taken_again_and_then_none_is_left()
    {
        var spares = new SpareInstances<List<int>>();
        var list = new List<int> { 1 };

        spares.GiveBack(list);

        Assert.Same(list, spares.Take());
        Assert.Null(spares.Take());
    }

    [Fact]
    public void An_instance_given_back_twice_is_kept_once()
    {
        var spares = new SpareInstances<List<int>>();
        var list = new List<int>();

        spares.GiveBack(list);
        spares.GiveBack(list);

        Assert.Same(list, spares.Take());
        Assert.Null(spares.Take());
    }

    [Fact]
    public void At_most_one_instance_per_processor_is_kept()
    {
        var spares = new SpareInstances<List<int>>();
        var slots = Math.Clamp(Environment.ProcessorCount, 1, 64);
        for (var i = 0; i < slots + 3; i++)
        {
            spares.GiveBack(new List<int>());
        }

        var kept = 0;
        while (spares.Take() is not null)
        {
            kept++;
        }

        Assert.Equal(slots, kept);
    }
}
