namespace SearchPortal.Core.Vocabulary;

/// <summary>One entry of the facet vocabulary: a canonical value and every spelling that stands for it.</summary>
/// <param name="Canonical">The value shown and stored: "Kazakhstan", "C5+1", "Kassym-Jomart Tokayev".</param>
/// <param name="Aliases">Other spellings in English and German (names, adjectives, demonyms, official forms, transliterations).</param>
/// <param name="Role">For officials: the office, e.g. "President" or "Foreign Minister".</param>
/// <param name="Country">For officials: the canonical country they serve.</param>
/// <param name="German">The name shown in the German interface when it differs from the canonical one ("Kasachstan"); one of the entry's spellings.</param>
/// <param name="Offices">For gazetteer officials: every office with its country and years, principal first ("Foreign Minister of Russia, 2004–").</param>
public sealed record VocabularyEntry(string Canonical, IReadOnlyList<string> Aliases, string? Role = null, string? Country = null, IReadOnlyList<string>? Offices = null, string? German = null);
