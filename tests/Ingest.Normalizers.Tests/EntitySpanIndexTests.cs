using Ingest.Normalizers.Numbers;

namespace Ingest.Normalizers.Tests;

/// <summary>The span index between normalizers: it answers "overlaps" as a pass over every accepted entity would.</summary>
public sealed class EntitySpanIndexTests
{
    [Fact]
    public void No_accepted_entity_gives_no_index()
    {
        List<Entity> entities = [Link(0, 5), Link(10, 3)];

        Assert.Null(EntitySpanIndex.Build(entities, type => type == EntityTypes.Number));
        Assert.Null(EntitySpanIndex.Build([], _ => true));
    }

    [Fact]
    public void Only_entities_of_an_accepted_type_count()
    {
        List<Entity> entities = [Link(0, 5), Number(10, 3)];

        var index = EntitySpanIndex.Build(entities, type => type == EntityTypes.Number)!;

        Assert.False(index.Overlaps(0, 5));
        Assert.True(index.Overlaps(12, 20));
    }

    [Theory]
    [InlineData(50, 60, true)]
    [InlineData(100, 110, false)]
    [InlineData(99, 100, true)]
    public void A_long_span_that_starts_early_still_covers_ranges_after_shorter_ones(int start, int end, bool expected)
    {
        List<Entity> entities = [Number(0, 100), Number(10, 2), Number(20, 3)];

        Assert.Equal(expected, EntitySpanIndex.Build(entities, _ => true)!.Overlaps(start, end));
    }

    [Fact]
    public void A_range_that_only_touches_a_span_does_not_overlap_it()
    {
        var index = EntitySpanIndex.Build([Number(10, 5)], _ => true)!;

        Assert.False(index.Overlaps(5, 10));
        Assert.False(index.Overlaps(15, 20));
        Assert.True(index.Overlaps(14, 15));
    }

    [Fact]
    public void Spans_added_out_of_order_and_starting_together_give_the_same_answers_as_a_pass_over_all()
    {
        // Dates, then numbers, then names: each run in text order, the runs interleaved, some starts shared.
        var random = new Random(22);
        var entities = new List<Entity>();
        for (var run = 0; run < 3; run++)
        {
            var at = 0;
            for (var k = 0; k < 40; k++)
            {
                at += random.Next(0, 30);
                entities.Add(Number(at, random.Next(1, 25)));
            }
        }

        var index = EntitySpanIndex.Build(entities, _ => true)!;
        for (var start = 0; start < 700; start += 3)
        {
            for (var length = 1; length < 40; length += 7)
            {
                var end = start + length;
                var expected = entities.Exists(e => e.Start < end && e.Start + e.Length > start);
                Assert.Equal(expected, index.Overlaps(start, end));
            }
        }
    }

    private static NumberEntity Number(int start, int length) => new(start, length, new string('1', length), NumberKind.Cardinal, 1);

    private static LinkEntity Link(int start, int length) => new(start, length, new string('a', length), "https://example.com/");
}
