namespace Ingest.Normalizers.Names;

/// <summary>
/// Acronyms of ordinary nouns (AI, CEO, GDP, HIV, IPO, GMT): written in capitals like the acronym of a body, but naming
/// a thing, a role, a measure, a condition or a time zone, so a word in capitals that is one of them is no name.
/// </summary>
internal static class CommonAcronyms
{
    /// <summary>Whether <paramref name="word"/>, as written, is the acronym of an ordinary noun.</summary>
    /// <param name="word">A word in capitals.</param>
    public static bool Is(ReadOnlySpan<char> word) => word is
        // Technology and media.
        "AI" or "API" or "AR" or "VR" or "GPS" or "GPU" or "CPU" or "HD" or "LED" or "LCD" or "OLED" or "PC" or "PDF" or "QR" or "SIM"
        or "SMS" or "TV" or "USB" or "URL" or "VPN" or "DVD" or "UI" or "UX" or "CRM" or "ERP" or "LLM" or "NFT" or "LTE" or "FM"
        or "SSD" or "RAM" or "OS" or "CCTV" or "DJ" or "FAQ" or "IT"
        // Business and finance.
        or "CEO" or "CFO" or "COO" or "CTO" or "CMO" or "CIO" or "VP" or "HR" or "PR" or "HQ" or "IPO" or "GDP" or "CPI" or "ETF" or "ESG"
        or "OTC" or "VAT" or "KPI" or "ROI" or "EPS" or "EBITDA" or "AGM" or "SPAC" or "VC" or "VCS" or "MBA" or "ATM" or "PIN"
        or "LNG" or "LPG" or "EV" or "SUV" or "B2B" or "B2C" or "SME" or "SMES" or "YTD" or "YOY"
        // Health and science.
        or "HIV" or "AIDS" or "DNA" or "RNA" or "MRI" or "ICU" or "GP" or "IVF" or "PPE" or "ADHD" or "PTSD" or "OCD" or "BMI" or "TB"
        or "UV" or "CBD" or "GMO" or "STEM"
        // Schooling, honours and other roles.
        or "GPA" or "PHD" or "MVP" or "VIP" or "DIY" or "ID" or "IQ" or "UFO" or "RSVP" or "OBE" or "MBE" or "CBE" or "QC" or "KC"
        or "MP" or "MPS" or "MEP" or "MEPS" or "PM" or "AM"
        // Time zones.
        or "GMT" or "UTC" or "BST" or "CET" or "CEST" or "EST" or "EDT" or "PST" or "PDT" or "CST" or "CDT" or "IST" or "AEST" or "AEDT"
        or "JST";
}
