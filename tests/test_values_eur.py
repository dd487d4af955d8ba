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
    # another organization's body keeps its own name
    assert values("1. The Secretariat of the Pacific Community met.", "en", "ORG") == [
        ("Secretariat of the Pacific Community", "Secretariat of the Pacific Community")]
