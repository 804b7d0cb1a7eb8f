namespace SearchPortal.Core.Facets.Text;

/// <summary>
/// Lower-case or short parts that stay inside a personal name: "Bashar al-Assad", "Ursula von der Leyen", "Jaap de Hoop
/// Scheffer", "Faisal bin Farhan". Names are otherwise matched only on capitalised words.
/// </summary>
internal static class NameParticles
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "el", "al", "bin", "ibn", "van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "ter", "ten", "zu", "dos", "del",
    };

    /// <summary>Whether the matching key is a name particle.</summary>
    public static bool Contains(string key) => Keys.Contains(key);
}
