namespace Ingest.Normalizers.Names;

/// <summary>What the gazetteers say about a word or phrase.</summary>
[Flags]
internal enum LexemeFlags
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>An ordinary word (function word, month, ideology) that is not a name when capitalised.</summary>
    Common = 1,

    /// <summary>A given name.</summary>
    GivenName = 2,

    /// <summary>A particle inside names (de, van, al).</summary>
    Particle = 4,

    /// <summary>A title or role that announces a person (President, spokeswoman).</summary>
    Title = 8,

    /// <summary>A demonym or national adjective (Armenian, Azeri).</summary>
    Demonym = 16,

    /// <summary>A last word that makes a sequence a place (Sea, Region, Republic).</summary>
    PlaceHead = 32,

    /// <summary>A last word that makes a sequence an organisation (Party, Ministry, Army).</summary>
    OrganizationHead = 64,

    /// <summary>The surname of a well-known person.</summary>
    Surname = 128,

    /// <summary>An acronym (NATO, WHO): it names something only when written in capitals.</summary>
    Acronym = 256,

    /// <summary>A city (a capital or large city), which can stand for its government or its team.</summary>
    City = 512,
}
