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
