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
