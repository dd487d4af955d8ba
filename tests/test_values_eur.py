"""French, Spanish and Russian values that must agree with English's, class by
class (ANNOTATION.md, "The six languages"), each with a negative.  Made-up
text throughout."""
import paratag


def values(text, lang, label):
    doc = paratag.parse(text, lang=lang)
    return [(e.text, e.value) for b in doc.blocks for e in b.entities if e.label == label]


def test_a_regional_group_of_member_states_is_one_org_in_every_language():
    # English names the group by the region's adjective, the others by the region's name
    want = ["Group of Western European and other States", "Group of African States"]
    for text, lang in [
            ("1. Three seats go to Western European and other States and one to African States.", "en"),
            ("1. Trois sièges vont aux États d'Europe occidentale et autres États et un aux États d'Afrique.", "fr"),
            ("1. Tres puestos para los Estados de Europa Occidental y otros Estados y uno para los Estados de África.", "es"),
            ("1. Три места для государств Западной Европы и других государств и одно для государств Африки.", "ru")]:
        assert [v for _, v in values(text, lang, "ORG")] == want, lang
        assert values(text, lang, "PLACE") == [], lang


def test_a_subregions_states_are_no_regional_group():
    for text, lang in [("1. A workshop for Central Asian States and for West African States.", "en"),
                       ("1. Un atelier pour les États d'Asie centrale.", "fr"),
                       ("1. Un taller para los Estados de Asia Central y de África Occidental.", "es")]:
        assert values(text, lang, "ORG") == [], lang


def test_more_than_a_number_in_words_or_an_age_is_above_it():
    # English words as its digits ("more than 4 years"); Spanish "más del"; an age
    assert values("1. It waited more than three years for more than two thousand.", "en",
                  "QUANTITY") == [("more than three years", ">3"), ("more than two thousand", ">2000")]
    assert values("1. Más del 30% de las mujeres mayores de 55 años.", "es", "QUANTITY") == [
        ("30%", ">0.3"), ("55 años", ">55")]
    assert values("1. Для лиц старше 18 лет.", "ru", "QUANTITY") == [("18 лет", ">18")]
    # not "no more than", and not "over" meaning "about" before a word
    assert values("1. It lasted no more than three days.", "en", "QUANTITY") == [
        ("three days", "3")]
    assert values("1. They agreed over two principles.", "en", "QUANTITY") == [("two", "2")]


def test_a_year_shaped_number_that_counts():
    # Russian writes four digits without a space: a count before its noun; after "more than"
    # in every language
    assert values("1. Вернулись 1500 беженцев и более 2000 человек.", "ru", "QUANTITY") == [
        ("1500 беженцев", "1500"), ("2000 человек", ">2000")]
    assert values("1. Plus de 2000 personnes.", "fr", "QUANTITY") == [("2000 personnes", ">2000")]
    # a year with its noun, a year opening a clause
    assert values("1. В 2014 финансовом году и между 2008 и 2015 годами.", "ru", "QUANTITY") == []
    assert values("1. En 2014 países como este.", "es", "QUANTITY") == []


def test_a_listed_body_named_with_the_organization_it_belongs_to_is_that_body():
    # English puts the organization first or after "of the", French and Spanish after the body
    for text, lang in [("1. The United Nations Economic and Social Council and the Second "
                        "Committee of the General Assembly met.", "en"),
                       ("1. Le Conseil économique et social des Nations Unies et la Deuxième "
                        "Commission se sont réunis.", "fr")]:
        assert [v for _, v in values(text, lang, "ORG")] == [
            "Economic and Social Council", "Second Committee"], lang
    # "UN" or "United Nations" before a listed instrument or body
    assert values("1. It ratified the UN Convention on the Rights of the Child.", "en",
                  "INSTRUMENT") == [("UN Convention on the Rights of the Child",
                                     "Convention on the Rights of the Child")]
    assert values("1. The UN Human Rights Council met.", "en", "ORG") == [
        ("UN Human Rights Council", "Human Rights Council")]
    # another organization's body keeps its own name
    assert values("1. The Secretariat of the Pacific Community met.", "en", "ORG") == [
        ("Secretariat of the Pacific Community", "Secretariat of the Pacific Community")]


def test_a_committee_named_by_the_resolution_that_established_it():
    # one ORG over the resolution and the State, valued by the resolution alone
    want = "Security Council Committee established pursuant to resolution 3001 (2031)"
    for text, lang, span in [
            ("1. I consulted the Security Council Committee established pursuant to resolution "
             "3001 (2031) concerning the Niger, and agreed.", "en",
             "Security Council Committee established pursuant to resolution 3001 (2031) concerning the Niger"),
            ("1. J'ai consulté le Comité du Conseil de sécurité créé par la résolution 3001 (2031) "
             "concernant le Niger, et suis d'accord.", "fr",
             "Comité du Conseil de sécurité créé par la résolution 3001 (2031) concernant le Niger"),
            ("1. Consulté al Comité del Consejo de Seguridad establecido en virtud de la resolución "
             "3001 (2031).", "es",
             "Comité del Consejo de Seguridad establecido en virtud de la resolución 3001 (2031)"),
            ("1. Я провел консультации с Комитетом Совета Безопасности, учрежденным резолюцией "
             "3001 (2031) по Нигеру, и согласен.", "ru",
             "Комитетом Совета Безопасности, учрежденным резолюцией 3001 (2031) по Нигеру")]:
        doc = paratag.parse(text, lang=lang)
        got = [(e.label, e.text, e.value) for b in doc.blocks for e in b.entities]
        assert got == [("ORG", span, want)], lang
    # the Council's resolution that a committee only cites stays a resolution
    assert values("1. Le Comité du Conseil de sécurité a examiné la résolution 3001 (2031).",
                  "fr", "RESOLUTION") == [("résolution 3001 (2031)", "3001 (2031)")]


def test_between_one_month_and_another_is_a_range_in_every_language():
    want = [("DATE", "2031-10/2032-02")]
    for text, lang in [("1. Between October 2031 and February 2032, it met.", "en"),
                       ("1. Entre octobre 2031 et février 2032, il s'est réuni.", "fr"),
                       ("1. Entre octubre de 2031 y febrero de 2032, se reunió.", "es"),
                       ("1. В период между октябрем 2031 года и февралем 2032 года.", "ru")]:
        doc = paratag.parse(text, lang=lang)
        assert [(e.label, e.value) for b in doc.blocks for e in b.entities] == want, lang
    # without "between", two months
    assert [v for _, v in values("1. It met in October 2031 and February 2032.", "en",
                                 "DATE")] == ["2031-10", "2032-02"]


def test_a_territory_that_is_also_a_town_name_is_the_territory():
    for text, lang in [("1. The Government of Sint Maarten and Mayotte.", "en"),
                       ("1. Правительство Синт-Мартена и Майотты.", "ru")]:
        assert [v for _, v in values(text, lang, "COUNTRY")] == ["SXM", "MYT"], lang
        assert values(text, lang, "PLACE") == [], lang


def test_a_meeting_of_a_listed_treatys_parties_in_every_language():
    want = ("Conference of the Parties to the Basel Convention on the Control of "
            "Transboundary Movements of Hazardous Wastes and their Disposal")
    for text, lang in [("1. The Conference of the Parties to the Basel Convention met.", "en"),
                       ("1. La Conférence des Parties à la Convention de Bâle s'est réunie.", "fr"),
                       ("1. La Conferencia de las Partes en el Convenio de Basilea se reunió.", "es"),
                       ("1. Конференция Сторон Базельской конвенции провела сессию.", "ru")]:
        assert [v for _, v in values(text, lang, "EVENT")] == [want], lang
        assert values(text, lang, "INSTRUMENT") == [], lang
    # Russian names the review after the treaty
    assert [v for _, v in values(
        "1. Конференция участников Договора о нераспространении ядерного оружия по "
        "рассмотрению действия Договора приняла решение.", "ru", "EVENT")] == [
        "Review Conference of the Parties to the Treaty on the Non-Proliferation of "
        "Nuclear Weapons"]
    # the parties alone are no meeting
    assert [v for _, v in values("1. Les Parties à la Convention de Bâle.", "fr",
                                 "INSTRUMENT")] == [want[len("Conference of the Parties to the "):]]


def test_a_state_whose_name_ends_in_a_bodys_head_is_the_state():
    text = ("1. The Permanent Representative of the Russian Federation to the United Nations "
            "wrote.")
    assert values(text, "en", "COUNTRY") == [("Russian Federation", "RUS")]
    assert values(text, "en", "ORG") == [("United Nations", "United Nations")]
    # a body named after a State keeps its name
    assert values("1. The United States Agency for International Development paid.", "en",
                  "ORG") == [("United States Agency for International Development",
                              "United States Agency for International Development")]


def test_one_before_a_scale_is_its_number():
    for text, lang, span in [("1. Il a versé un million de dollars.", "fr", "un million de dollars"),
                             ("1. Aportó un millón de dólares.", "es", "un millón de dólares"),
                             ("1. Выделено один миллион долларов США.", "ru",
                              "один миллион долларов США")]:
        assert values(text, lang, "MONEY") == [(span, "USD 1000000")], lang
    assert values("1. Un millón de personas.", "es", "QUANTITY") == [("Un millón", "1000000")]
    # one as an article counts nothing
    assert values("1. Un programme et un millier de personnes.", "fr", "QUANTITY") == []


def test_a_currency_qualified_by_its_state_is_that_states():
    # CLDR's names, not the United States dollar their first word would be alone
    for text, lang, span in [("1. Australia gave $A45,000.", "en", "$A45,000"),
                             ("1. Australia gave 45,000 Australian dollars.", "en",
                              "45,000 Australian dollars"),
                             ("1. L'Australie a versé 45 000 dollars australiens.", "fr",
                              "45 000 dollars australiens"),
                             ("1. Australia aportó 45.000 dólares australianos.", "es",
                              "45.000 dólares australianos"),
                             ("1. Австралия выделила 45 000 австралийских долларов.", "ru",
                              "45 000 австралийских долларов")]:
        assert values(text, lang, "MONEY") == [(span, "AUD 45000")], lang
        assert [v for _, v in values(text, lang, "COUNTRY")] == ["AUS"], lang
    assert values("1. Il a versé 200 dollars.", "fr", "MONEY") == [("200 dollars", "USD 200")]


def test_another_bodys_secretariat_is_that_bodys():
    want = "Secretariat of the Economic Community of Central African States"
    for text, lang in [("1. The ECCAS Secretariat wrote.", "en"),
                       ("1. La Secretaría de la CEEAC escribió.", "es"),
                       ("1. Le Secrétariat de la CEEAC a écrit.", "fr")]:
        assert [v for _, v in values(text, lang, "ORG")] == [want], lang
    # the secretariat of several is no one's: each stays itself
    assert [v for _, v in values("1. The secretariat of the Basel and Stockholm conventions.",
                                 "en", "ORG")] == ["Secretariat"]
    # the United Nations' is the Secretariat
    assert [v for _, v in values("1. Le Secrétariat de l'Organisation des Nations Unies et "
                                 "le Secrétariat ont écrit.", "fr", "ORG")] == [
        "Secretariat", "Secretariat"]
