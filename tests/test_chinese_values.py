"""Chinese entities whose values must be the ones English gives the same
mention (ANNOTATION.md: one value in every language), class by class, with
made-up text: what Chinese UN texts write where English writes "rule 15",
"the Treaty" or "the Penal Code"."""
import paratag


def ents(text, lang="zh"):
    doc = paratag.parse(text, lang=lang)
    return [(e.label, e.text, e.value) for b in doc.blocks for e in b.entities]


def values(text, label, lang="zh"):
    return [v for l, _, v in ents(text, lang) if l == label]


# ---- a 条 of rules or regulations named in title marks --------------------------

def test_article_of_rules_named_in_title_marks_is_a_rule():
    assert values("根据《议事规则》第18条，主席宣布会议开幕。", "PROVISION") == ["rule 18"]
    assert values("《规章》第7条和《财务细则》第3条适用。", "PROVISION") == [
        "regulation 7", "rule 3"]


def test_article_after_other_titles_stays_an_article():
    assert values("《湖泊保护公约》第18条规定，缔约方应合作。", "PROVISION") == ["article 18"]
    assert values("委员会注意到第18条。", "PROVISION") == ["article 18"]


# ---- numbers written place by place -------------------------------------------

def test_number_written_place_by_place_is_read_so():
    assert values("依照议事规则第一二七条，委员会决定。", "PROVISION") == ["rule 127"]
    assert values("第三十三条和第一百零五条", "PROVISION") == ["article 33", "article 105"]


def test_two_digits_without_a_unit_stay_a_rough_count():
    # 三四个 is "three or four", no thirty-four
    assert values("委员会访问了三四个国家。", "PROVISION") == []
    assert "34" not in values("委员会访问了三四个国家。", "QUANTITY")


# ---- 该公约, 该条约: a treaty's short title without title marks -------------------

def test_said_treaty_is_a_short_title():
    got = ents("各缔约国应遵守该条约，并尽快批准该议定书。")
    assert [(l, t, v) for l, t, v in got if l == "INSTRUMENT"] == [
        ("INSTRUMENT", "条约", "Treaty"), ("INSTRUMENT", "议定书", "Protocol")]


def test_said_treaty_takes_the_full_name_before_it():
    got = values("《联合国反腐败公约》已经生效，该公约的缔约国会议将在明年举行。", "INSTRUMENT")
    assert got == ["United Nations Convention against Corruption"] * 2


def test_said_treaty_body_and_should_are_no_titles():
    assert values("该条约机构审议了报告。", "INSTRUMENT") == []
    assert values("各方应该公约定俗成地处理。", "INSTRUMENT") == []
    assert values("该战略和该框架已经通过。", "INSTRUMENT") == []


# ---- a State's constitution and codes, named by their kind ---------------------

def test_constitution_and_codes_in_title_marks_take_english_values():
    got = values("《宪法》第5条、《刑法典》、《民法典》和《刑事诉讼法》均有规定。", "INSTRUMENT")
    assert got == ["Constitution", "Penal Code", "Civil Code", "Code of Criminal Procedure"]


def test_the_same_codes_in_english_take_the_same_values():
    got = values("1. Under the Penal Code, the Civil Code and the Code of Criminal "
                 "Procedure, and the Constitution, fines apply.", "INSTRUMENT", "en")
    assert got == ["Penal Code", "Civil Code", "Code of Criminal Procedure", "Constitution"]


def test_constitutional_as_a_modifier_is_no_instrument():
    assert values("宪法地位和宪法改革得到讨论。", "INSTRUMENT") == []
    assert values("《刑法典实施条例》已经通过。", "INSTRUMENT") == ["刑法典实施条例"]


# ---- names that share one head written after the last --------------------------

BASEL = "Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and their Disposal"
STOCKHOLM = "Stockholm Convention on Persistent Organic Pollutants"


def test_list_of_conventions_with_one_head_is_each_convention():
    en = ents("1. The secretariat of the Basel and Stockholm conventions reported to its donors.", "en")
    zh = ents("巴塞尔和斯德哥尔摩公约秘书处向捐助方作了报告。")
    assert [(l, t, v) for l, t, v in en if l in ("INSTRUMENT", "PLACE")] == [
        ("INSTRUMENT", "Basel", BASEL), ("INSTRUMENT", "Stockholm conventions", STOCKHOLM)]
    assert [(l, t, v) for l, t, v in zh if l in ("INSTRUMENT", "PLACE")] == [
        ("INSTRUMENT", "巴塞尔", BASEL), ("INSTRUMENT", "斯德哥尔摩公约", STOCKHOLM)]


def test_list_with_a_count_before_the_head():
    got = values("各方讨论了巴塞尔、斯德哥尔摩两项公约的协同增效。", "INSTRUMENT")
    assert got == [BASEL, STOCKHOLM]


def test_list_ends_where_its_first_name_begins():
    # the words before the first name, and a 和 before them, are no item
    got = values("该处和由环境署主持的巴塞尔和斯德哥尔摩公约秘书处开展了合作。", "INSTRUMENT")
    assert got == [BASEL, STOCKHOLM]


def test_list_whose_items_make_no_listed_name_is_no_list():
    # "Lakeland" makes no listed convention, so the words are no such list
    got = ents("1. Delegates from Basel and Lakeland conventions centres met.", "en")
    assert ("INSTRUMENT", "Basel", BASEL) not in got
    assert values("人权和平等公约", "INSTRUMENT") == []


# ---- a body's name begins with the whole place, not the place it ends with ----

def test_body_after_a_place_begins_with_the_longest_place():
    got = ents("飞机未与尼科西亚区域管制中心联系。")
    assert [t for l, t, _ in got if l == "ORG"] == ["尼科西亚区域管制中心"]


# ---- a listed place and a head after it: the name English composes the same way --

def test_place_and_head_make_the_name_english_writes():
    got = ents("根据《明斯克议定书》，明斯克小组呼吁在华盛顿峰会上讨论达卡原则。")
    assert [(l, t, v) for l, t, v in got] == [
        ("INSTRUMENT", "明斯克议定书", "Minsk Protocol"), ("ORG", "明斯克小组", "Minsk Group"),
        ("EVENT", "华盛顿峰会", "Washington Summit"), ("INSTRUMENT", "达卡原则", "Dhaka Principles")]
    en = ents("1. Under the Minsk Protocol, the Minsk Group called for the Dhaka Principles.", "en")
    assert [v for _, _, v in en] == ["Minsk Protocol", "Minsk Group", "Dhaka Principles"]


def test_a_meeting_held_in_a_place_is_no_named_meeting():
    assert ents("在日内瓦会议期间，代表们在维也纳举行了会议。") == [
        ("PLACE", "日内瓦", "Geneva"), ("PLACE", "维也纳", "Vienna")]


# ---- the meetings of a treaty's parties, named by the treaty --------------------

COP_BASEL = "Conference of the Parties to the " + BASEL


def test_conference_of_the_parties_takes_the_treatys_value_in_both_languages():
    en = ents("1. The Conference of the Parties to the Basel Convention adopted a decision.", "en")
    zh = ents("巴塞尔公约缔约方大会通过了一项决定。")
    assert [(l, v) for l, _, v in en] == [("EVENT", COP_BASEL)]
    assert [(l, v) for l, _, v in zh] == [("EVENT", COP_BASEL)]


def test_a_body_the_gazetteer_lists_stays_that_body():
    # the Conference of the States Parties (缔约国会议) is listed as a body
    got = ents("联合国反腐败公约缔约国会议第五届会议")
    assert [l for l, _, _ in got] == ["ORG"]


def test_meeting_of_unlisted_parties_keeps_its_written_name():
    got = ents("1. The Conference of the Parties to the Lakeland Water Charter met.", "en")
    assert [(l, v) for l, _, v in got] == [
        ("EVENT", "Conference of the Parties to the Lakeland Water Charter")]


# ---- places: a subdivision without its kind; no State's language as a town ------

def test_subdivision_named_without_its_kind():
    got = ents("坎大哈省和赫拉特的难民返回了坎大哈。")
    assert got == [("PLACE", "坎大哈省", "Kandahar"), ("PLACE", "赫拉特", "Herat"),
                   ("PLACE", "坎大哈", "Kandahar")]


def test_a_states_language_is_no_town():
    assert "PLACE" not in [l for l, _, _ in ents("他们用日本语交谈。")]


# ---- a place with its kind; 大会 after a count of sessions ----------------------

def test_a_place_and_its_kind_written_after_it_are_one_place():
    got = ents("援助运往霍姆斯省、阿勒颇市和拉塔基亚，再运往大马士革农村省。")
    assert got == [("PLACE", "霍姆斯省", "Homs"), ("PLACE", "阿勒颇市", "Aleppo"),
                   ("PLACE", "拉塔基亚", "Latakia"), ("PLACE", "大马士革农村省", "Rīf Dimashq")]


def test_a_kind_that_begins_another_word_stays_out():
    # 市场 is a market, 市中心 a city centre and 岛屿 islands: the place alone
    assert ents("阿勒颇市场上的价格上涨。") == [("PLACE", "阿勒颇", "Aleppo")]
    assert ents("阿勒颇市中心") == [("PLACE", "阿勒颇", "Aleppo")]


def test_da_hui_after_a_count_of_sessions_is_one_conference():
    # UN Chinese numbers the General Assembly's sessions after it (大会第七十届会议)
    got = ents("该联盟第140届大会和上次大会的决定已提交大会第七十届会议。")
    assert [(l, v) for l, _, v in got if l == "ORG"] == [("ORG", "General Assembly")]


def test_a_body_whose_name_holds_the_security_councils_is_not_it():
    got = ents("非洲联盟和平与安全理事会和安全理事会举行了联席会议。")
    assert [v for l, _, v in got if l == "ORG"] == [
        "Peace and Security Council of the African Union", "Security Council"]


# ---- counts: classifiers of things attacked and built; numbers that are labels --

def test_classifiers_of_munitions_households_sites_and_sets_count():
    got = values("发射了20枚炮弹，摧毁了4栋房屋，987户家庭和两处设施受影响，通过了三套规则。",
                 "QUANTITY")
    assert got == ["20", "4", "987", "2", "3"]


def test_a_number_before_shown_or_listed_labels_a_table_or_annex():
    # 表3所示: "as table 3 shows", no three schools; 三所大学 stays a count
    assert values("如表3所示，附件2所列项目中有三所大学。", "QUANTITY") == ["3"]


def test_the_later_items_of_a_list_after_di_are_ordinals():
    # 第1和3次会议: the first and third meetings, 第 written once
    assert values("在第276和第277次会议及第1和3次会议以及第三、四和五次会议上，", "QUANTITY") == []
    # a list no 第 begins stays a count
    assert values("举行了2和3次会议。", "QUANTITY") == ["3"]


# ---- a provision's subdivisions in brackets ------------------------------------

def test_subdivisions_in_brackets_inside_di_and_tiao_are_the_provisions():
    got = values("援引议定书第4 (b)条和规约第9(2)(c)条，回顾该决议第3(e)段。", "PROVISION")
    assert got == ["article 4 (b)", "article 9 (2)(c)", "paragraph 3 (e)"]
    # a year in brackets is a resolution's, no subdivision
    assert values("第1234(2005)号决议", "RESOLUTION") == ["1234 (2005)"]


def test_a_conventions_protocols_short_titled_by_their_kind():
    zh = values("《任择议定书》和《附加议定书》均已生效。", "INSTRUMENT")
    en = values("1. The Optional Protocol and the Additional Protocol are in force.",
                "INSTRUMENT", "en")
    assert zh == en == ["Optional Protocol", "Additional Protocol"]


def test_a_compass_point_before_a_place_that_english_so_names():
    # 北达尔富尔 is North Darfur, which the gazetteers list in English; 北大西洋 is no
    # listed "North Atlantic Ocean", so the ocean alone
    assert ents("在北达尔富尔和西达尔富尔以及北大西洋，") == [
        ("PLACE", "北达尔富尔", "North Darfur"), ("PLACE", "西达尔富尔", "West Darfur"),
        ("PLACE", "大西洋", "Atlantic Ocean")]


def test_the_action_agenda_stands_for_the_agenda_named_before_it():
    # a document's own short title for the Addis Ababa Action Agenda, in either language
    en = values("1. The Addis Ababa Action Agenda (the Action Agenda) was adopted and "
                "the Action Agenda was welcomed.", "INSTRUMENT", "en")
    zh = values("《亚的斯亚贝巴行动议程》获得通过，《行动议程》受到欢迎。", "INSTRUMENT")
    assert en == ["Addis Ababa Action Agenda"] * 3
    assert zh == ["Addis Ababa Action Agenda"] * 2
    # with no full name before it, its own words; "Agenda" alone stays the Agenda's
    assert values("1. The Action Agenda and the Agenda were adopted.", "INSTRUMENT", "en") == [
        "Action Agenda", "Agenda"]


def test_or_more_after_a_share_or_a_fraction():
    # 以上 ("or more") after a percentage, a fraction or a share in words
    # is the span's and gives a lower bound, as after a count
    got = ents("百分之九十以上的死亡发生在这些国家，三分之一以上的国家，占 40％以上，还有 38 "
               "次以上，而 3.0％ 和三分之二没有。")
    assert [(t, v) for label, t, v in got if label == "QUANTITY"] == [
        ("百分之九十以上", ">0.9"), ("三分之一以上", ">0.3333"), ("40％以上", ">0.4"),
        ("38 次以上", ">38"), ("3.0％", "0.03"), ("三分之二", "0.6667")]


def test_a_numbered_meeting_is_an_event_and_a_session_is_not():
    got = ents("回顾第三届湖国道路安全部长级会议、第二十九届缔约方大会和第九届联合国湖国道路安全周，"
               "将项目列入大会第八十二届会议临时议程，第十届紧急特别会议也讨论了此事。")
    assert [(label, t) for label, t, _ in got if label == "EVENT"] == [
        ("EVENT", "第三届湖国道路安全部长级会议"), ("EVENT", "第二十九届缔约方大会"),
        ("EVENT", "第九届联合国湖国道路安全周")]


def test_a_states_army_and_police_by_their_names():
    # 国家军队, 国民军, 国防军, 警察部队 after a State name a body; its
    # 武装部队 and 安全部队 stay common nouns, the State tagged
    got = ents("索马里国家军队、利比亚国民军、以色列国防军和南苏丹警察部队与叙利亚武装部队"
               "和阿富汗安全部队会面。")
    assert [(label, t) for label, t, _ in got] == [
        ("ORG", "索马里国家军队"), ("ORG", "利比亚国民军"), ("ORG", "以色列国防军"),
        ("ORG", "南苏丹警察部队"), ("COUNTRY", "叙利亚"), ("COUNTRY", "阿富汗")]
