"""Chinese entity classes that reports paratag had not seen get wrong (issue 14):
parties and bureaux that no gazetteer lists, persons between posts, committees
named by their resolution, a State's ministry and courts, the regional groups;
and a made-up working paper of the Special Committee on a Territory, the kind
of report the issue scores.  All text is made up."""
import paratag


def ents(text):
    doc = paratag.parse(text, lang="zh")
    return [(e.label, e.text, e.value) for b in doc.blocks for e in b.entities]


def labelled(text, label):
    return [t for l, t, v in ents(text) if l == label]


# ---- parties named by their ideas, with no place before them ----------------

def test_parties_named_by_their_ideas_are_bodies():
    got = labelled("1. 民主进步党、自由民主党和工党组成联盟，该国社会党反对。", "ORG")
    assert got == ["民主进步党", "自由民主党", "工党", "社会党"], got


def test_a_party_as_a_common_noun_is_no_body():
    assert labelled("1. 执政党、反对党、各政党、该党和两党都发表了意见。", "ORG") == []


def test_a_party_after_a_place_keeps_the_place():
    assert labelled("1. 百慕大进步工党赢得选举。", "ORG") == ["百慕大进步工党"]


# ---- bureaux after a place; the situation and the authorities are none ------

def test_a_bureau_after_a_place_is_one_body():
    got = ents("1. 蒙特塞拉特港务局和伦敦市警察局发表声明。")
    assert [(l, t) for l, t, v in got] == [("ORG", "蒙特塞拉特港务局"), ("ORG", "伦敦市警察局")], got


def test_the_authorities_and_the_situation_of_a_state_are_the_state():
    got = ents("1. 叙利亚当局表示，马里局势和马里政局仍然紧张，区域格局改变。")
    assert [(l, t) for l, t, v in got] == [("COUNTRY", "叙利亚"), ("COUNTRY", "马里"),
                                           ("COUNTRY", "马里")], got


# ---- persons between posts -------------------------------------------------

def test_posts_before_and_after_a_transliterated_name_stay_outside():
    got = labelled("1. 反对党领袖戴维·布朗议员和议员玛丽·约翰逊女士访问伦敦，总检察长"
                   "约翰·史密斯和高级专员詹姆斯·帕克出席，州长 Maria Lopez 发言。", "PERSON")
    assert got == ["戴维·布朗", "玛丽·约翰逊", "约翰·史密斯", "詹姆斯·帕克", "Maria Lopez"], got


def test_posts_alone_name_no_one():
    assert labelled("1. 议员们表示关切，议长发言，专员办事处和检察长办公室开会。", "PERSON") == []


def test_a_first_name_that_is_a_towns_name():
    got = ents("1. 华盛顿·米苏克当选总理。代表团访问了华盛顿。")
    assert [(l, t) for l, t, v in got] == [("PERSON", "华盛顿·米苏克"),
                                           ("PLACE", "华盛顿")], got


def test_a_dot_between_a_state_and_a_body_joins_no_person():
    assert labelled("1. 中国·东盟博览会开幕。", "PERSON") == []


# ---- committees that a resolution set up, valued as English names them -----

def test_committees_set_up_by_a_resolution_take_the_english_value():
    got = [(t, v) for l, t, v in ents("1. 安全理事会关于湖区的第1234(2005)号决议所设委员会"
                                      "和第987(1999)号决议所设委员会开会。") if l == "ORG"]
    assert got == [
        ("安全理事会关于湖区的第1234(2005)号决议所设委员会",
         "Security Council Committee established pursuant to resolution 1234 (2005)"),
        ("第987(1999)号决议所设委员会",
         "Committee established pursuant to resolution 987 (1999)")], got
