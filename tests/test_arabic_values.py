"""Arabic values as UN reports write them and as PDF extractors leave them,
each with what must stay untagged; the same value as the other languages
give (ANNOTATION.md, "The six languages").  Made-up text throughout."""
import paratag


def values(text, lang, label):
    doc = paratag.parse(text, lang=lang)
    return [(e.text, e.value) for b in doc.blocks for e in b.entities if e.label == label]


# ---- money --------------------------------------------------------------

def test_trillions_in_both_spellings():
    assert values("1. بلغت الخسائر 4.2 تريليون دولار.", "ar", "MONEY") == [
        ("4.2 تريليون دولار", "USD 4200000000000")]
    assert values("1. بلغت الخسائر 3 ترليونات دولار.", "ar", "MONEY") == [
        ("3 ترليونات دولار", "USD 3000000000000")]
    # glued to its number, as the extractor leaves it
    assert values("1. بلغت  1.5تريليون دولار .", "ar", "MONEY") == [
        ("1.5تريليون دولار", "USD 1500000000000")]
    # a trillion of something else is a count, not money
    assert values("1. نحو 2 تريليون متر مكعب.", "ar", "MONEY") == []


def test_the_currencies_of_the_arab_states_by_their_cldr_names():
    assert values("1. أنفقت الأسر 640 مليون جنيه مصري و12 ريال سعودي.", "ar", "MONEY") == [
        ("640 مليون جنيه مصري", "EGP 640000000"), ("12 ريال سعودي", "SAR 12")]
    assert values("1. بلغ 75 دولار أمريكي للفرد.", "ar", "MONEY") == [
        ("75 دولار أمريكي", "USD 75")]
    # the same amount in the other languages
    for text, lang in [("1. A fee of 900 Jordanian dinars was paid.", "en"),
                       ("1. Une taxe de 900 dinars jordaniens a été payée.", "fr"),
                       ("1. Se pagaron 900 dinares jordanos.", "es"),
                       ("1. Было уплачено 900 иорданских динаров.", "ru"),
                       ("1. دُفع رسم قدره 900 دينار أردني.", "ar")]:
        assert [v for _, v in values(text, lang, "MONEY")] == ["JOD 900"], text
    # a currency named without an amount is no money
    assert values("1. تراجع سعر الجنيه المصري مقابل الدينار الأردني.", "ar", "MONEY") == []


def test_a_number_in_words_with_its_scale_and_currency():
    for text, lang, want in [("1. خصص عشرة ملايين دولار للبرنامج.", "ar", "USD 10000000"),
                             ("1. خصص خمسة دولارات للفرد.", "ar", "USD 5"),
                             ("1. Il a versé deux millions de dollars.", "fr", "USD 2000000"),
                             ("1. Donó dos millones de dólares.", "es", "USD 2000000"),
                             ("1. Выделено два миллиона долларов.", "ru", "USD 2000000")]:
        assert [v for _, v in values(text, lang, "MONEY")] == [want], text
    # the scale multiplies a count too; a noun after the number is counted
    assert values("1. نزح ثلاثة آلاف شخص.", "ar", "QUANTITY") == [("ثلاثة آلاف", "3000")]
    assert values("1. Trois millions de personnes.", "fr", "QUANTITY") == [
        ("Trois millions", "3000000")]
    assert values("1. استمر عشرة أيام.", "ar", "MONEY") == []
    assert values("1. استمر عشرة أيام.", "ar", "QUANTITY") == [("عشرة أيام", "10")]


# ---- dates --------------------------------------------------------------

def test_a_comma_the_extractor_moved_onto_the_month_name():
    # "(بيروت، 6-7 أيار/مايو 2017)" as the extractor leaves it: the comma
    # after the place lands on the month, the days turned round
    assert values("1. عقد الاجتماع (بيروت 7-6 ،أيار/مايو  ،)2017وناقش", "ar", "DATE") == [
        ("7-6 ،أيار/مايو  ،)2017", "2017-05-06/2017-05-07")]
    assert values("1. في 9 ،تشرين الثاني/نوفمبر 2016 قدمت", "ar", "DATE") == [
        ("9 ،تشرين الثاني/نوفمبر 2016", "2016-11-09")]
    # a comma before another word after a number joins no date
    assert values("1. شارك 9 ،بلدان في عام 2016", "ar", "DATE") == [("2016", "2016")]


def test_several_marks_the_extractor_moved_before_the_year():
    # "(أيار/مايو 2017)." as the extractor leaves it
    assert values("1. عقدت الدورة (القاهرة ،أيار/مايو  .)2017وقرر", "ar", "DATE") == [
        ("أيار/مايو  .)2017", "2017-05")]
    # the block's text keeps the marks where the extractor put them
    doc = paratag.parse("1. عقدت الدورة (القاهرة ،أيار/مايو  .)2017وقرر", lang="ar")
    assert ".)2017" in doc.blocks[0].text


# ---- counts -------------------------------------------------------------

def test_a_dual_with_its_numeral_counts_two():
    assert values("1. اتفقوا على مبدأين اثنين.", "ar", "QUANTITY") == [("مبدأين اثنين", "2")]
    # a noun's first letter is no clitic: وثيقتين, two documents
    assert values("1. عقدت جلستان اثنتان وقدمت وثيقتين اثنتين.", "ar", "QUANTITY") == [
        ("جلستان اثنتان", "2"), ("وثيقتين اثنتين", "2")]
    # a dual alone, and "two" after a word that is no dual, count nothing
    assert values("1. عقدت ورشتان في بيروت.", "ar", "QUANTITY") == []
    assert values("1. فاز اثنان منهم.", "ar", "QUANTITY") == []


def test_a_number_in_words_before_of_counts_as_english_counts_three_of_them():
    for ar, en in [("وافقت أربعة من الدول على الاقتراح.", "Four of the States agreed to the proposal."),
                   ("حضرت الوفود وتكلم خمسة منهم.", "The delegations attended and five of them spoke.")]:
        assert [v for _, v in values("1. " + ar, "ar", "QUANTITY")] == \
            [v for _, v in values("1. " + en, "en", "QUANTITY")], ar
    assert values("1. حضرت الوفود وتكلم خمسة منهم.", "ar", "QUANTITY") == [("خمسة", "5")]
    # one of them, an ordinal's day, a numbered item: no count
    assert values("1. كان واحد من الخبراء حاضرا.", "ar", "QUANTITY") == []
    assert values("1. عقدت الجلسة في الخامس من أيار.", "ar", "QUANTITY") == []
    assert values("1. نظرت في البند خمسة من جدول الأعمال.", "ar", "QUANTITY") == []

def test_a_number_in_words_after_and():
    assert values("1. أغلقت 12 نقطة وأربعة مراكز.", "ar", "QUANTITY") == [
        ("12 نقطة", "12"), ("أربعة مراكز", "4")]
    assert values("1. رُصد وعشرة ملايين دولار.", "ar", "MONEY") == [
        ("عشرة ملايين دولار", "USD 10000000")]
    # with nothing it counts after it, as without "and"
    assert values("1. حضر ثلاثة وأربعة في بيروت.", "ar", "QUANTITY") == []


def test_the_numbers_of_a_list_the_extractor_wrote_before_their_hyphen():
    # "1- ... 2- ..." on the page
    assert values("1. وفيما يلي جدول الأعمال: -1 افتتاح الدورة. -2 انتخاب أعضاء المكتب.",
                  "ar", "QUANTITY") == []
    # a count after a word, or after a year's hyphen, stays a count
    assert values("1. شارك 3 خبراء.", "ar", "QUANTITY") == [("3 خبراء", "3")]
    assert values("1. في الفترة 2016-3 خبراء.", "ar", "QUANTITY") == [("3 خبراء", "3")]


# ---- names --------------------------------------------------------------

def test_escwa_after_li_fused_with_the_article_as_the_extractor_leaves_it():
    # "للإسكوا" with its lam-alef written back to front: "لإلسكوا"
    doc = paratag.parse("1. قدمت الدول الأعضاء الدعم لإلسكوا في عملها.", lang="ar")
    assert "للإسكوا" in doc.blocks[0].text
    assert values("1. قدمت الدول الأعضاء الدعم لإلسكوا في عملها.", "ar", "ORG") == [
        ("للإسكوا", "Economic and Social Commission for Western Asia")]
    # a word that begins so as it stands keeps its letters
    doc = paratag.parse("1. دعا إلى وقف العمل لإلغاء القرار.", lang="ar")
    assert "لإلغاء" in doc.blocks[0].text


def test_li_fused_with_an_article_before_a_lam_writes_two_lams():
    # ل + اللجنة is للجنة: the alef and the article's lam both dropped
    assert values("1. عقد الاجتماع الرابع للجنة التنفيذية.", "ar", "ORG") == [
        ("للجنة التنفيذية", "Executive Committee")]
    assert [v for _, v in values("1. قدم تقريره للجنة الاقتصادية والاجتماعية لغربي آسيا.",
                                 "ar", "ORG")] == [
        "Economic and Social Commission for Western Asia"]
    # the committee named with its commission is one body, in both languages
    for text, lang in [("1. في الدورة الثالثة للجنة التنفيذية للإسكوا.", "ar"),
                       ("1. At the third session of the ESCWA Executive Committee.", "en")]:
        assert [v for _, v in values(text, lang, "ORG")] == [
            "Executive Committee of the Economic and Social Commission for Western Asia"], text
    # and before any other letter, the alef alone
    assert values("1. قدم تقريره للجمعية العامة.", "ar", "ORG") == [
        ("للجمعية العامة", "General Assembly")]
    # a word that only begins so names nothing
    assert values("1. أسهم في تحقيق نتائج للجنسين.", "ar", "ORG") == []


def test_escwa_bodies_and_meeting_places_have_one_value_in_arabic_and_english():
    for (ar, en), (label, value) in [
            (("اجتمعت لجنة النقل واللوجستيات.", "The Committee on Transport and Logistics met."),
             ("ORG", "Committee on Transport and Logistics")),
            (("عقد في بيت الأمم المتحدة.", "It was held at United Nations House."),
             ("PLACE", "United Nations House")),
            (("انضمت إلى منطقة التجارة الحرة العربية الكبرى.", "It joined GAFTA."),
             ("ORG", "Greater Arab Free Trade Area")),
            (("أوصى المنتدى العربي للتنمية المستدامة.", "The Arab Forum on Sustainable Development"
              " recommended."), ("EVENT", "Arab Forum for Sustainable Development")),
            (("قدمت الأمانة التنفيذية لإلسكوا عرضا.", "The ESCWA secretariat gave a presentation."),
             ("ORG", "Secretariat of the Economic and Social Commission for Western Asia"))]:
        assert [v for _, v in values("1. " + ar, "ar", label)] == [value], ar
        assert [v for _, v in values("1. " + en, "en", label)] == [value], en
    # a house or a free trade area that is no such name
    assert values("1. زار بيت الأسرة في منطقة التجارة الحرة.", "ar", "PLACE") == []
    assert values("1. زار بيت الأسرة في منطقة التجارة الحرة.", "ar", "ORG") == []



def test_bodies_named_by_their_kind_and_by_the_spellings_arabic_texts_use():
    for (ar, en), (label, value) in [
            (("أيدت المحكمة العليا الحكم.", "The Supreme Court upheld the judgment."),
             ("ORG", "Supreme Court")),
            (("أصدرت وزارة الشؤون الخارجية بيانا.", "The Ministry of Foreign Affairs issued a"
              " statement."), ("ORG", "Ministry of Foreign Affairs")),
            (("هاجمت حركة طالبان القرية.", "The Taliban attacked the village."),
             ("ORG", "Taliban")),
            # with the shadda that some texts write and others leave out
            (("اجتمعت لجنة المخدِّرات في فيينا.", "The Commission on Narcotic Drugs met in Vienna."),
             ("ORG", "Commission on Narcotic Drugs")),
            (("نظم مكتب المخدِّرات والجريمة حلقة عمل.", "UNODC organized a workshop."),
             ("ORG", "United Nations Office on Drugs and Crime")),
            (("أفادت منظمة التعاون الاقتصادي والتنمية بذلك.", "The OECD reported it."),
             ("ORG", "Organisation for Economic Co-operation and Development")),
            (("درس أثر اتفاق شراكة التجارة والاستثمار عبر الأطلسي.", "It studied the impact of the"
              " Transatlantic Trade and Investment Partnership."),
             ("ORG", "Transatlantic Trade and Investment Partnership"))]:
        assert [v for _, v in values("1. " + ar, "ar", label)] == [value], ar
        assert [v for _, v in values("1. " + en, "en", label)] == [value], en
    # a court or a committee of no such kind
    assert values("1. نظرت المحكمة الإدارية واللجنة الوطنية في الطلب.", "ar", "ORG") == []


def test_an_unlisted_name_headed_before_the_united_nations_holds_no_bare_united_nations():
    # "the United Nations Office in X", "the United Nations Force": a name of its own, which
    # English reads whole and Arabic writes head first; no "United Nations" inside it
    for text in ["1. رحب مكتب الأمم المتحدة في بلد ما بالاتفاق.",
                 "1. واجتمعت قوة الأمم المتحدة بالطرفين.",
                 "1. وقدم ممثل لمركز الأمم المتحدة الإقليمي عرضا.",
                 "1. وأكد مفوض الأمم المتحدة السامي ذلك."]:
        assert values(text, "ar", "ORG") == [], text
    # a listed name so headed keeps its value
    assert values("1. قدمت قوة الأمم المتحدة لمراقبة فض الاشتباك تقريرها.", "ar", "ORG") == [
        ("قوة الأمم المتحدة لمراقبة فض الاشتباك", "United Nations Disengagement Observer Force")]
    # the United Nations qualifying a plural common noun, or standing alone, is the United Nations
    for text in ["1. تعمل وكالات الأمم المتحدة معا.", "1. دعت هيئة الأمم المتحدة إلى التحرك.",
                 "1. انضمت إلى الأمم المتحدة."]:
        assert [v for _, v in values(text, "ar", "ORG")] == ["United Nations"], text

def test_places_of_the_arab_region_as_escwa_reports_write_them():
    for (ar, en), want in [
            (("عقد الاجتماع في عمّان ثم في الإسكندرية.", "The meeting was held in Amman, then in"
              " Alexandria."), ["Amman", "Alexandria"]),
            (("نما اقتصاد بلدان المشرق العربي وبلدان المغرب العربي.", "The economies of the Arab"
              " Mashreq and the Arab Maghreb grew."), ["Arab Mashreq", "Arab Maghreb"])]:
        assert [v for _, v in values("1. " + ar, "ar", "PLACE")] == want, ar
        assert [v for _, v in values("1. " + en, "en", "PLACE")] == want, en
    # without its shadda the word is Oman; the Maghreb's first word alone is Morocco; the Arab
    # Maghreb Union is a body
    assert values("1. زار الوفد عمان والمغرب.", "ar", "COUNTRY") == [
        ("عمان", "OMN"), ("المغرب", "MAR")]
    assert values("1. زار الوفد عمان والمغرب.", "ar", "PLACE") == []
    assert values("1. وأشاد بدور اتحاد المغرب العربي.", "ar", "ORG") == [
        ("اتحاد المغرب العربي", "Arab Maghreb Union")]

def test_names_read_from_the_aligned_devset_lines_have_the_english_value():
    for (ar, en), (label, value) in [
            (("درب اليونيتار موظفين.", "UNITAR trained staff."),
             ("ORG", "United Nations Institute for Training and Research")),
            (("دعت بلدان الكومنولث إلى التعاون.", "The Commonwealth countries called for cooperation."),
             ("ORG", "Commonwealth")),
            (("أشارت اللجنة الأفريقية لحقوق الإنسان والشعوب إلى ذلك.", "The African Commission on"
              " Human and Peoples' Rights noted it."),
             ("ORG", "African Commission on Human and Peoples' Rights")),
            (("نزح السكان في كيفو الشمالية.", "People were displaced in North Kivu."),
             ("PLACE", "Nord-Kivu")),
            (("تنطبق اتفاقيات جنيف على النزاع.", "The Geneva Conventions of 12 August 1949 apply to"
              " the conflict."), ("INSTRUMENT", "Geneva Conventions of 12 August 1949"))]:
        assert [v for _, v in values("1. " + ar, "ar", label)] == [value], ar
        assert [v for _, v in values("1. " + en, "en", label)] == [value], en
    # instruments English reads by their shape, with the value it gives them
    for ar, en in [("1. وفقا للاتفاق العام بشأن التعريفات الجمركية والتجارة.",
                    "1. Under the General Agreement on Tariffs and Trade."),
                   ("1. تطبق المبادئ الأساسية للإحصاءات الرسمية.",
                    "1. The Fundamental Principles of Official Statistics apply.")]:
        assert [v for _, v in values(ar, "ar", "INSTRUMENT")] == [
            v for _, v in values(en, "en", "INSTRUMENT")] != [], ar
    # a programme of action named after its conference is the instrument, not the conference
    want = ["Programme of Action of the International Conference on Population and Development"]
    for text, lang in [("1. دعا إلى تنفيذ برنامج عمل المؤتمر الدولي للسكان والتنمية.", "ar"),
                       ("1. It called for implementing the ICPD Programme of Action.", "en")]:
        assert [v for _, v in values(text, lang, "INSTRUMENT")] == want, text
        assert values(text, lang, "EVENT") == values(text, lang, "ORG") == [], text
    # Kivu alone names neither province
    assert values("1. زار الوفد منطقة كيفو.", "ar", "PLACE") == []
    # regions in the shorter and longer forms Arabic texts give them
    assert [v for _, v in values("1. ارتفع الفقر في أفريقيا جنوب الصحراء وفي آسيا ومنطقة المحيط"
                                 " الهادئ.", "ar", "PLACE")] == ["Sub-Saharan Africa",
                                                                 "Asia and the Pacific"]

def test_the_adjective_of_a_state_whose_currency_name_holds_none():
    # Haiti's gourde has no adjective in CLDR's Arabic; UN texts write الهايتية
    for text, lang in [("1. دعا السلطات الهايتية إلى العمل.", "ar"),
                       ("1. It called on the Haitian authorities to act.", "en")]:
        assert [v for _, v in values(text, lang, "COUNTRY")] == ["HTI"], text

def test_the_constitution_named_by_its_kind():
    assert values("1. يكفل الدستور حرية التعبير.", "ar", "INSTRUMENT") == [
        ("الدستور", "Constitution")]
    assert values("1. The Constitution guarantees freedom of expression.", "en",
                  "INSTRUMENT") == [("Constitution", "Constitution")]
    # a constitution still to be written is no named instrument
    assert values("1. بدأت صياغة الدستور الجديد.", "ar", "INSTRUMENT") == []


# ---- provisions ---------------------------------------------------------

def test_a_provision_numbered_by_an_ordinal_keeps_its_lettered_part():
    assert values("1. تنص المادة الأولى (ج) من المعاهدة على ذلك.", "ar", "PROVISION") == [
        ("المادة الأولى (ج)", "article I (c)")]
    assert values("1. تنص المادة الأولى من المعاهدة على ذلك.", "ar", "PROVISION") == [
        ("المادة الأولى", "article I")]
    # a bracketed letter glued to the ordinal is a note's mark
    assert values("1. بصفتها المرفق الثالث(أ)، حيث تدمج.", "ar", "PROVISION") == [
        ("المرفق الثالث", "annex III")]


def test_one_article_with_its_part_typed_after_a_spaced_hyphen():
    # one article is no span: "6- 11" is article 6.11, as "6-11" is
    assert values("1. يرجى بيان أثر المادة 6- 11 من القانون.", "ar", "PROVISION") == [
        ("المادة 6- 11", "article 6.11")]
    assert values("1. Please describe the effect of article 6.11 of the Code.", "en",
                  "PROVISION") == [("article 6.11", "article 6.11")]
    # after the plural, a span of articles
    assert values("1. تنطبق المواد 6- 11 من القانون.", "ar", "PROVISION") == [
        ("المواد 6- 11", "article 6-11")]


def test_rules_of_procedure_after_a_list_joined_by_a_spaced_and():
    for text in ["1. وفقا للمادتين 21 و 99 من النظام الداخلي للجمعية العامة.",
                 "1. وفقا للمادتين 21 و99 من النظام الداخلي للجمعية العامة."]:
        assert [v for _, v in values(text, "ar", "PROVISION")] == ["rule 21", "rule 99"], text
    # articles of another text stay articles
    assert [v for _, v in values("1. وفقا للمادتين 21 و 99 من الاتفاقية.", "ar",
                                 "PROVISION")] == ["article 21", "article 99"]


def test_the_word_year_between_a_month_or_a_ranges_word_and_its_year():
    assert values("1. في 10 آذار/مارس عام 2015، عقدت اللجنة جلسة.", "ar", "DATE") == [
        ("10 آذار/مارس عام 2015", "2015-03-10")]
    assert values("1. تغطي الفترة من عام 2005 حتى عام 2015.", "ar", "DATE") == [
        ("2005 حتى عام 2015", "2005/2015")]
    # "until now" after a year is no range; "عام" before no year joins nothing
    assert values("1. منذ عام 2014 حتى الآن.", "ar", "DATE") == [("2014", "2014")]
    assert values("1. في آذار/مارس عام واحد.", "ar", "DATE") == []


def test_a_closing_quote_the_extractor_moved_before_a_year_inside_a_name():
    # '"... لعام 2030"،' as the extractor leaves it: '،"2030'
    text = '1. اعتمدت "خطة التنمية المستدامة لعام  ،"2030وأكدت الدول.'
    assert values(text, "ar", "INSTRUMENT") == [
        ("خطة التنمية المستدامة لعام  ،\"2030", "2030 Agenda for Sustainable Development")]
    assert values(text, "ar", "DATE") == []


# ---- symbols ------------------------------------------------------------

def test_a_symbol_after_the_full_stop_the_extractor_moved_before_it():
    # "... (E/ESCWA/2026/C.1/3)." and "... الثانية E/ESCWA/2026/C.1/4." as
    # a right-to-left line's extractor leaves them
    assert values("1. انظر التقرير ).E/ESCWA/2026/C.1/3(Part II وكذلك", "ar", "DOCSYMBOL") == [
        ("E/ESCWA/2026/C.1/3(Part II", "E/ESCWA/2026/C.1/3(PartII)")]
    assert values("1. عن دورتها الثانية .E/ESCWA/2026/C.1/4", "ar", "DOCSYMBOL") == [
        ("E/ESCWA/2026/C.1/4", "E/ESCWA/2026/C.1/4")]
    # a full stop inside a symbol starts none
    assert values("1. انظر الوثيقة A/81/5.B/2", "ar", "DOCSYMBOL") == [
        ("A/81/5.B/2", "A/81/5.B/2")]


def test_the_currency_table_is_sorted_for_its_binary_search():
    # numbers.c finds world_currencies by their first two bytes: sorted by
    # them, and a name before any longer name it begins
    import pathlib
    import re
    src = (pathlib.Path(__file__).parent.parent / "csrc" / "currency_names.h").read_text(encoding="utf-8")
    body = src.split("static const word_value world_currencies[] = {", 1)[1].split("};", 1)[0]
    words = [w.encode() for w in re.findall(r'\{"([^"]+)", "[A-Z]{3}"\}', body)]
    assert len(words) > 1000
    assert [w[:2] for w in words] == sorted(w[:2] for w in words)
    for i, w in enumerate(words):
        assert not any(v.startswith(w) and v != w for v in words[i + 1:]), w


def test_the_currency_table_is_what_its_script_writes_from_cldr():
    import pathlib
    import subprocess
    import sys
    root = pathlib.Path(__file__).parent.parent
    written = subprocess.run([sys.executable, str(root / "tools" / "currency_names.py")],
                             capture_output=True, text=True, check=True).stdout
    assert written == (root / "csrc" / "currency_names.h").read_text(encoding="utf-8")


def test_any_currency_by_its_cldr_name_in_each_language():
    """A Territory's budget in its own currency, as each language names it
    (CLDR): the currency's code, not the dollar a shorter name would give."""
    for text, lang in [("1. Revenue was 48.5 million East Caribbean dollars.", "en"),
                       ("1. Les recettes étaient de 48,5 millions de dollars des Caraïbes orientales.", "fr"),
                       ("1. Los ingresos fueron de 48,5 millones de dólares del Caribe Oriental.", "es"),
                       ("1. Доходы составили 48,5 млн. восточно-карибских долларов.", "ru"),
                       ("1. بلغت الإيرادات 48.5 مليون دولار شرق الكاريبي.", "ar"),
                       ("1. 收入为 4 850 万东加勒比元。", "zh")]:
        assert [v for _, v in values(text, lang, "MONEY")] == ["XCD 48500000"], text
    assert values("1. 支出为 8.45 亿开曼元。", "zh", "MONEY") == [("8.45 亿开曼元", "KYD 845000000")]
    # a currency's name with no amount before it is no money
    assert values("1. The East Caribbean dollar is pegged.", "en", "MONEY") == []
    # the signs CLDR and UN texts write before an amount
    assert values("1. Australia gave $A45,000, Hong Kong HK$3.2 billion and the Lake "
                  "Bank EC$ 2 million; $5 more.", "en", "MONEY") == [
        ("$A45,000", "AUD 45000"), ("HK$3.2 billion", "HKD 3200000000"),
        ("EC$ 2 million", "XCD 2000000"), ("$5", "USD 5")]


def test_a_committee_named_by_the_resolution_that_established_it():
    # one ORG over the resolution and the State, valued as in every other language
    want = "Security Council Committee established pursuant to resolution 3001 (2031)"
    for text, span in [
            ("1. تشاورت مع لجنة مجلس الأمن المنشأة عملا بالقرار 3001 (2031) بشأن النيجر.",
             "لجنة مجلس الأمن المنشأة عملا بالقرار 3001 (2031) بشأن النيجر"),
            ("1. تشاورت مع لجنة مجلس الأمن المنشأة عملاً بالقرار 3001 (2031).",
             "لجنة مجلس الأمن المنشأة عملاً بالقرار 3001 (2031)"),
            ("1. تشاورت مع لجنة مجلس الأمن المنشأة بموجب القرار 3001 (2031).",
             "لجنة مجلس الأمن المنشأة بموجب القرار 3001 (2031)")]:
        doc = paratag.parse(text, lang="ar")
        got = [(e.label, e.text, e.value) for b in doc.blocks for e in b.entities]
        assert got == [("ORG", span, want)], text
    # the resolution that a committee only cites stays a resolution
    assert values("1. نظرت لجنة مجلس الأمن في القرار 3001 (2031).", "ar", "RESOLUTION") == [
        ("القرار 3001 (2031)", "3001 (2031)")]


def test_a_secretariat_in_the_construct_state_before_what_it_serves():
    # أمانة before the body or treaty it serves, as English's "secretariat of the ..."
    assert values("1. تعاونت أمانة المنتدى مع أمانة اتفاقية التنوع البيولوجي.", "ar", "ORG") == [
        ("أمانة", "Secretariat"),
        ("أمانة اتفاقية التنوع البيولوجي", "Secretariat of the Convention on Biological Diversity")]
    # honesty, not a secretariat
    assert values("1. عمل الفريق بكل أمانة وإخلاص.", "ar", "ORG") == []


def bodies_ar(text):
    doc = paratag.parse(text, lang="ar")
    return [e.text for b in doc.blocks for e in b.entities if e.label == "ORG"]


def test_bodies_named_by_their_head_noun():
    # a head in the construct state and the noun it governs, or a head
    # with the article and an adjective, then adjectives, "and" with
    # another, one phrase after "for" (or "concerned with"), a State; a
    # mission's "in" and its State
    assert bodies_ar("وأعلنت وزارة المياه والري الأردنية أن المجلس الوزاري العربي للمياه "
                     "التابع لجامعة الدول العربية ومصرف ليبيا المركزي والمعهد الوطني "
                     "لإدارة مخاطر الكوارث واللجنة المعنية بتمويل التنمية وبعثة الأمم "
                     "المتحدة للدعم في ليبيا اجتمعوا.") == [
        "وزارة المياه والري الأردنية", "المجلس الوزاري العربي للمياه",
        "جامعة الدول العربية", "مصرف ليبيا المركزي",
        "المعهد الوطني لإدارة مخاطر الكوارث", "اللجنة المعنية بتمويل التنمية",
        "بعثة الأمم المتحدة للدعم في ليبيا"]


def test_heads_that_name_no_body():
    # the article's head alone or with a pointing adjective, the
    # construct state before "for", a second phrase after "for", "in" and
    # a State after an agency, "and" before another body's head
    assert bodies_ar("قال المجلس إن اللجنة المذكورة ستجتمع في مكتب للأمم، وإن "
                     "الوكالة الوطنية لإدارة الطوارئ في نيجيريا والصندوق المركزي "
                     "لمواجهة الطوارئ لأكبر عملية اجتمعا.") == [
        "الوكالة الوطنية لإدارة الطوارئ", "الصندوق المركزي لمواجهة الطوارئ"]
