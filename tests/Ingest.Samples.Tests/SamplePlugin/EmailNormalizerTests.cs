using Ingest.Samples.Plugin;

namespace Ingest.Samples.Tests.SamplePlugin;

public sealed class EmailNormalizerTests
{
    private static async Task<List<EmailEntity>> NormalizeAsync(string text)
    {
        var builder = new DocumentBuilder(new Uri("memory:/doc.txt"), "text/plain");
        builder.AddBlock(BlockKind.Paragraph, text);
        var document = builder.Build();
        await new EmailNormalizer().NormalizeAsync(document, new NormalizationContext(null, ReferenceDateOrigin.None));
        return document.Entities.Cast<EmailEntity>().ToList();
    }

    [Fact]
    public async Task Finds_addresses_with_their_offsets_and_lower_cases_the_domain()
    {
        var entities = await NormalizeAsync("Write to Press.Office@WSWS.org or j.doe+news@mail.example.co.uk today.");

        Assert.Equal(2, entities.Count);
        Assert.Equal("Press.Office@WSWS.org", entities[0].Text);
        Assert.Equal(9, entities[0].Start);
        Assert.Equal("Press.Office@wsws.org", entities[0].Address);
        Assert.Equal("wsws.org", entities[0].Domain);
        Assert.Equal("j.doe+news@mail.example.co.uk", entities[1].Text);
        Assert.Equal("email", entities[1].Type);
    }

    [Fact]
    public async Task Ignores_at_signs_that_are_not_addresses()
    {
        var entities = await NormalizeAsync("Meet @ noon, user@localhost, price 3@5, a@b.c and handle @someone.");

        Assert.Empty(entities);
    }
}
