using SearchPortal.Core.Language;

namespace SearchPortal.Core.Tests.Language;

public sealed class CyrillicTransliterationTests
{
    [TestCase("Путин", "Putin")]
    [TestCase("Токаев", "Tokayev")]
    [TestCase("Назарбаев", "Nazarbayev")]
    [TestCase("Жапаров", "Zhaparov")]
    [TestCase("Шойгу", "Shoygu")]
    [TestCase("Хрущёв", "Khrushchev")]
    [TestCase("Ельцин", "Yeltsin")]
    [TestCase("Нұр-Сұлтан", "Nur-Sultan")]
    [TestCase("Қасым-Жомарт Тоқаев", "Qasym-Zhomart Toqayev")]
    [TestCase("ПУТИН", "PUTIN")]
    public void Russian_and_kazakh_names_read_as_english_news_writes_them(string cyrillic, string latin)
    {
        Assert.That(CyrillicTransliteration.ToLatin(cyrillic), Is.EqualTo(latin));
    }

    [Test]
    public void Latin_text_stays_as_it_is()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CyrillicTransliteration.IsCyrillic("Putin"), Is.False);
            Assert.That(CyrillicTransliteration.ToLatin("Putin und Путин"), Is.EqualTo("Putin und Putin"));
        });
    }
}
