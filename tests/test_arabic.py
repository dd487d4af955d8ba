"""Arabic as pdftotext leaves it (ANNOTATION.md, "The six languages"), on
made-up text: direction marks, presentation forms, the swapped lam-alef,
paragraph numbers "-3" wherever they land, heading numerals, page
numbers, the masthead.  Every text is invented for the test."""
import unicodedata

from conftest import header_from_data

import paratag

RLE, LRE, PDF, RLM, LRM = "\u202b", "\u202a", "\u202c", "\u200f", "\u200e"
MARKS = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def rtl(text):
    """A line as pdftotext writes it: wrapped in an embedding."""
    return RLE + text + PDF


def ltr(text):
    """A left-to-right run inside an Arabic line."""
    return LRE + text + PDF


# Invented lines, long enough to be full lines beside the short ones.
FULL = [
    "تناقش الهيئة المفترضة في هذا النص التجريبي عددا من المسائل العامة المتعلقة بالموارد",
    "وتنظر اللجنة المتخيلة في سبل تحسين العمل المشترك بين الجهات المعنية في المنطقة كلها",
    "ويعرض الفريق الوهمي في هذه الوثيقة مجموعة من الأفكار حول التعاون والتنسيق والمتابعة",
    "وتتناول الأمانة المفترضة في الفصل الأخير طرق تنفيذ التوصيات وقياس ما تحقق من نتائج",
]


def parse(lines, lang="ar"):
    doc = paratag.parse("\n".join(lines) + "\n", lang=lang)
    assert doc.unassigned() == []
    return doc


def body(doc):
    return [(b.kind, b.number) for b in doc.blocks]


def test_block_text_has_no_direction_marks():
    doc = parse([rtl(FULL[0]), rtl("وتختتم بجملة قصيرة" + ltr(" .") + RLM)])
    [block] = doc.blocks
    assert not MARKS & set(block.text)
    assert block.text.endswith("قصيرة .")


def test_english_text_loses_direction_marks_too():
    doc = parse([LRM + "The committee met in " + RLE + "بيروت" + PDF + " twice." + LRM], lang="en")
    assert doc.blocks[0].text == "The committee met in بيروت twice."


def test_presentation_forms_read_as_letters():
    shown = "\ufe8d\ufedf\ufee8\ufe98\ufe8e\ufe8b\ufe9e"  # "النتائج" in presentation forms
    doc = parse([rtl(shown + " المفترضة")])
    assert doc.blocks[0].text == "النتائج المفترضة"
    assert doc.blocks[0].text == unicodedata.normalize("NFKC", shown) + " المفترضة"


def test_lam_alef_put_back_where_an_alef_comes_first():
    doc = parse([rtl("تعمل األمم على االستقرار و اإلنتاج إال في حالة واحدة")])
    assert doc.blocks[0].text == "تعمل الأمم على الاستقرار و الإنتاج إلا في حالة واحدة"


def test_bare_la_is_the_word_la():
    doc = parse([rtl("قال إنه ال يوافق وال يعترض على الـ 77 بلدا")])
    assert doc.blocks[0].text == "قال إنه لا يوافق ولا يعترض على الـ 77 بلدا"


def test_words_right_as_they_stand_are_kept():
    # an article, a word ending in alef-lam, alef then lam starting a word
    text = "في مجال الكتاب ألف صفحة والمال ألزم"
    doc = parse([rtl(text)])
    assert doc.blocks[0].text == text


def test_lam_alef_put_back_where_the_vocabulary_knows_the_word():
    doc = parse([rtl("وناقشت خالل الجلسة إعالن المبادئ والتعديل الالحق بخالل ذلك")])
    assert doc.blocks[0].text == "وناقشت خلال الجلسة إعلان المبادئ والتعديل اللاحق بخلال ذلك"


def test_words_the_vocabulary_keeps_as_they_stand():
    # "third" and "right" beside "three" and "subsequent"; words it lacks
    text = "الفصل الثالث عن الحق في مجال التعاون مثال والمال"
    doc = parse([rtl(text)])
    assert doc.blocks[0].text == text


def test_lam_alef_of_a_lam_stem_and_an_alef_ending_put_back():
    # a stem ending in lam, then the accusative's alef or the plural's
    # "ات": the lam-alef they make comes out back to front
    doc = parse([rtl("قدمت تمويال للمشاريع وتحويالت نقدية وزادت المبادالت التجارية")])
    assert doc.blocks[0].text == "قدمت تمويلا للمشاريع وتحويلات نقدية وزادت المبادلات التجارية"


def test_lam_alef_after_the_article_or_li_put_back():
    # after the article or لِـ no second article can follow: "ال" there is
    # the word's own lam-alef, back to front
    doc = parse([rtl("ودعمت المفوضية والالجئون لالجئين في المخيمات")])
    assert doc.blocks[0].text == "ودعمت المفوضية واللاجئون للاجئين في المخيمات"


def test_arabic_resolution_masthead_title_and_preambular_paragraphs():
    # the number before the title in the extractor's order ("-12/99"),
    # the opener "إن الجمعية العامة،", then preambular paragraphs that
    # open with "إذ", "وإذ", "وقد" after a comma, displaced before a year
    # too ("،2098" where the page shows "2098،")
    lines = [rtl(ltr("A/RES/99/12")), rtl("الجمعية العامة"), rtl(ltr("Distr.: General")),
             "", rtl("الدورة الرابعة بعد المائة"), "",
             rtl(ltr(" -12/99") + "التعاون على حماية المياه الساحلية للدول الجزرية الصغيرة"),
             rtl("من المسح إلى الإصلاح"), "",
             rtl("إن الجمعية العامة،"),
             rtl("إذ تشير إلى قرارها " + ltr("7/98") + " المؤرخ " + ltr("3") + " آذار/مارس " +
                 ltr("،2098")),
             rtl("وإذ تؤكد أهمية التعاون الإقليمي في حماية المياه الساحلية للدول الجزرية،"),
             rtl("وقد نظرت في تقرير الأمين العام،"),
             rtl(ltr("-1") + " ترحب بتقرير الأمين العام" + ltr("."))]
    doc = parse(lines)
    assert doc.metadata["title"] == ("التعاون على حماية المياه الساحلية للدول الجزرية الصغيرة"
                                     " من المسح إلى الإصلاح")
    assert [(b.kind, b.number, b.text.split()[0]) for b in doc.blocks] == [
        ("paragraph", "", "إذ"), ("paragraph", "", "وإذ"), ("paragraph", "", "وقد"),
        ("paragraph", "1", "ترحب")]


def test_arabic_idh_after_a_comma_in_a_report_opens_no_paragraph():
    # "إذ" ("as") opens a clause; only a resolution's preamble is made of them
    doc = parse([rtl(ltr("-1") + " " + FULL[0] + "،"), rtl("إذ تبلغ نسبة الفقر في المنطقة ثلث السكان" + ltr("."))])
    assert body(doc) == [("paragraph", "1")]


def test_a_running_title_whose_comma_moved_is_furniture():
    # the first page has the title over two lines after its number; the
    # pages' heads repeat it on one line, the comma before a space
    title = ["التعاون على حماية المياه الساحلية للدول الجزرية الصغيرة" + ltr("،"),
             "من المسح إلى الإصلاح"]
    running = rtl("التعاون على حماية المياه الساحلية للدول الجزرية الصغيرة" + ltr(" ،") +
                  "من المسح إلى الإصلاح")
    lines = [rtl(ltr("A/RES/99/12")), rtl("الجمعية العامة"), rtl(ltr("Distr.: General")), "",
             rtl(ltr(" -12/99") + title[0]), rtl(title[1]), "", rtl("إن الجمعية العامة،")]
    for page in range(1, 4):
        lines += [rtl(ltr(f"-{page}") + " " + FULL[page]), rtl("وتنتهي هنا" + ltr(".")), "",
                  rtl(ltr("25-12345")), "\f" + rtl(ltr("A/RES/99/12")), running, ""]
    lines += [rtl(ltr("-4") + " " + FULL[0] + ltr("."))]
    doc = parse(lines)
    assert [b.number for b in doc.blocks] == ["1", "2", "3", "4"]
    assert not any("المسح" in b.text for b in doc.blocks)


def test_lam_alef_at_a_word_start_put_back_where_no_article_word_reads():
    # "لاجئين", "لائقة" come out as the article before no word at all
    doc = parse([rtl("وقدمت المساعدة إلى الجئين والجئات في ظروف الئقة")])
    assert doc.blocks[0].text == "وقدمت المساعدة إلى لاجئين ولاجئات في ظروف لائقة"


def test_lam_alef_put_back_where_the_other_reading_is_no_word():
    # a stem that reads both ways (خلاف, خالف; طفلا, طفال) with an ending
    # only one reading takes: the dual, the relative adjective
    doc = parse([rtl("قتل طفالن في المسائل الخالفية")])
    assert doc.blocks[0].text == "قتل طفلان في المسائل الخلافية"


def test_a_word_read_past_a_clitic_or_its_vowel_marks_is_no_lam_alef_word():
    # كفالة is no ك before فلاة; the damma does not cut نظم from its article
    text = "كفالة الحقوق والنُظم القضائية"
    doc = parse([rtl(text)])
    assert doc.blocks[0].text == text


def test_the_rarer_twin_gives_way_and_li_before_the_article_of_a_hamza_word():
    doc = parse([rtl("قتل ثالثة أطفال ودعم الصندوق العربي لإلنماء لإلغاء الديون")])
    assert doc.blocks[0].text == "قتل ثلاثة أطفال ودعم الصندوق العربي للإنماء لإلغاء الديون"


def test_a_number_alone_at_a_page_foot_follows_its_first_line():
    # the page ends after the first line; the number, on that line's
    # baseline, comes after it, then the footnote rule
    doc = parse([rtl("مقدمة"), rtl(FULL[0]), rtl(ltr("-1")), rtl("بجملة أخيرة" + ltr(".")),
                 rtl(FULL[1]), rtl(ltr("-2")), "", rtl("_" * 24),
                 rtl("(" + ltr("1") + ") حاشية مفترضة" + ltr(".")), "",
                 "\f" + rtl("وتنتهي هنا" + ltr("."))])
    assert [b for b in body(doc) if b[0] == "paragraph"] == [("paragraph", "1"), ("paragraph", "2")]
    second = next(b for b in doc.blocks if b.number == "2")
    assert second.text.startswith(FULL[1]) and second.text.endswith("وتنتهي هنا.")


def test_words_ending_in_alef_lam_as_they_stand_are_kept_before_an_alef_ending():
    # plurals and verbs whose own alef-lam is right: the dictionary has them
    text = "وقالت الأموال في مجالات الاستثمار وقال العمال"
    doc = parse([rtl(text)])
    assert doc.blocks[0].text == text


def test_word_table_is_made_from_the_data_file():
    header, made = header_from_data("arabic_words")
    assert header == made


def test_clean_text_maps_back_to_the_raw_input():
    raw = rtl("تعمل األمم المتحدة على" + ltr(" 3 ") + "مسائل")
    doc = paratag.parse(raw + "\n", lang="ar")
    org = [e for e in doc.entities if e.text == "الأمم المتحدة"]
    assert org, doc.entities
    cols = doc.entity_columns()
    i = doc.entities.index(org[0])
    assert doc.text[cols["raw_start"][i]:cols["raw_end"][i]] == "األمم المتحدة"


def test_number_alone_after_the_first_line():
    doc = parse([rtl("مقدمة"), rtl(FULL[0]), rtl(ltr("-1")), rtl("بجملة أخيرة" + ltr(".")),
                 rtl(FULL[1]), rtl(ltr("-2")), rtl("وتنتهي هنا" + ltr("."))])
    assert body(doc) == [("heading", ""), ("paragraph", "1"), ("paragraph", "2")]
    assert doc.blocks[1].text.startswith(FULL[0])
    assert doc.blocks[1].text.endswith("بجملة أخيرة.")
    assert doc.blocks[2].text.startswith(FULL[1])


def test_number_alone_before_its_paragraph():
    doc = parse([rtl(ltr("-1")), rtl(FULL[0]), rtl("وتنتهي هنا" + ltr(".")),
                 rtl(ltr("-2")), rtl(FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    assert body(doc) == [("paragraph", "1"), ("paragraph", "2")]
    assert doc.blocks[1].text.startswith(FULL[1])


def test_number_glued_to_the_first_line_in_either_digits():
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("وتنتهي هنا" + ltr(".")),
                 rtl(ltr(" -٢") + FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    assert body(doc) == [("paragraph", "1"), ("paragraph", "2")]
    assert doc.blocks[0].text.startswith(FULL[0])


def test_number_in_page_order():
    doc = parse([rtl("1- " + FULL[0]), rtl("2- " + FULL[1])])
    assert body(doc) == [("paragraph", "1"), ("paragraph", "2")]


def test_a_number_out_of_sequence_is_not_a_paragraph():
    doc = parse([rtl(ltr("-1")), rtl(FULL[0]), rtl("وتنتهي هنا" + ltr(".")),
                 rtl(ltr("-7")), rtl(FULL[1])])
    assert body(doc) == [("paragraph", "1")]
    assert "-7" in doc.blocks[0].text


def test_dash_numbers_are_no_paragraphs_in_english():
    doc = parse(["The temperature fell to", "-3", "degrees in the night."], lang="en")
    assert body(doc) == [("paragraph", "")]


def test_page_numbers_are_furniture():
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl(FULL[1]), rtl(ltr("-5-")), rtl(FULL[2]),
                 rtl(ltr("-6") + FULL[3])])
    assert body(doc) == [("paragraph", "1")]
    text = doc.blocks[0].text
    assert "-5-" not in text and "-6" not in text and FULL[3] in text
    pages = [doc.text[r.start:r.end] for r in doc.regions if r.role == "page_number"]
    assert [p.strip("".join(MARKS)) for p in pages] == ["-5-", "-6"]


def test_running_header_with_mirrored_brackets_is_furniture():
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl(")" + ltr("E/ESCWA/XYZ/2031/4(Part II")), rtl(FULL[1]),
                 rtl("والنص" + ltr(")A/71/5(") + "يتبع")])
    assert "Part" not in doc.blocks[0].text.split("يتبع")[0]
    assert [r.role for r in doc.regions if r.kind == "furniture"] == ["header"]
    assert ")A/71/5(" in doc.blocks[0].text  # inside a line, text


def test_heading_numerals_as_repaired():
    doc = parse([rtl("أوالا" + ltr(" -") + "المسائل المطروحة"),
                 rtl(ltr("-1") + FULL[0]), rtl("وتنتهي هنا" + ltr(".")),
                 rtl("ثانيا ا" + ltr(" -") + "التوصيات"),
                 rtl("ألف" + ltr("-")), rtl("التوصيات العامة"),
                 rtl(ltr("-2") + FULL[1]), rtl("وتنتهي أيضا" + ltr(".")),
                 rtl("الم" + ltr(" -") + "مسائل أخرى")])
    assert body(doc) == [("heading", "أولاً"), ("paragraph", "1"), ("heading", "ثانياً"),
                         ("heading", "ألف"), ("paragraph", "2"), ("heading", "لام")]
    assert doc.blocks[0].text == "المسائل المطروحة"
    assert doc.blocks[3].text == "التوصيات العامة"


def test_words_like_numerals_are_no_headings():
    doc = parse([rtl("باب المسائل مفتوح - كما يقال"), rtl("ألفت اللجنة - انتباه الحضور")])
    assert [b.kind for b in doc.blocks] == ["paragraph"]


def test_arabic_contents_are_left_out():
    doc = parse([rtl("موجز المسائل"), rtl(FULL[0] + ltr(".")), "",
                 rtl("المحتويات"), rtl("الفقرات"), rtl("الصفحة"), rtl("مقدمة" + ltr(" ........")),
                 rtl(ltr("2-1")), rtl(ltr("3")), rtl("الفصل"), rtl("أوالا" + ltr("-")),
                 rtl("المسائل المطروحة" + ltr(" ......")), rtl(ltr("5-3")), rtl(ltr("4")), "",
                 rtl("مقدمة"), rtl(FULL[1]), rtl(ltr("-1")), rtl("وتنتهي هنا" + ltr(".")),
                 rtl(FULL[2]), rtl(ltr("-2")), rtl("وتنتهي أيضا" + ltr(".")),
                 rtl("أوالا" + ltr(" -") + "المسائل المطروحة"), rtl(ltr("-3") + FULL[3])])
    assert [(k, n) for k, n in body(doc) if n] == [("paragraph", "1"), ("paragraph", "2"),
                                                    ("heading", "أولاً"), ("paragraph", "3")]
    assert any(r.kind == "toc" for r in doc.regions)


def test_footnote_marks_with_their_digits_after_the_brackets():
    doc = parse([rtl("وتبين الدراسة المفترضة" + ltr("( .)1") + "وتقدر الخسائر بمبالغ كبيرة"),
                 rtl("في المنطقة" + ltr("(.)2") + " ويضيف التقرير" + ltr("()3") + " أمثلة")])
    [block] = doc.blocks
    assert block.footnote_refs == ["1", "2", "3"]
    assert block.text == "وتبين الدراسة المفترضة .وتقدر الخسائر بمبالغ كبيرة في المنطقة. ويضيف التقرير أمثلة"


def test_footnote_marks_with_a_comma_inside_their_brackets():
    """The Arabic comma displaced inside the brackets ("( ،)4", "(،)5") is
    the text's, as a full stop there is; the digits are the mark."""
    doc = parse([rtl("وتبين الدراسة" + ltr("( ،)4") + "وتقدر الخسائر في المنطقة" + ltr("(،)5") +
                     "ويضيف التقرير أمثلة")])
    [block] = doc.blocks
    assert block.footnote_refs == ["4", "5"]
    assert "4" not in block.text and "5" not in block.text


def test_a_number_displaced_after_the_bracket_it_ends_is_no_mark():
    """"(المادتان 4 و .)6" is "(articles 4 and 6).": the extractor put the
    last number after the bracket; a bracket closes on no "and", "or", "to"
    nor on the noun of a numbered thing ("(المادة .)5", "(الفقرة .)7"), so
    the digits are the text's, not a note's mark, though notes 5, 6 and 7
    exist.  After a word that ends its phrase they stay a mark."""
    doc = parse([rtl("يساورها القلق (المادتان " + ltr(" 4") + "و " + ltr(".)6")),
                 rtl("ولا تسجل الولادات (المادة " + ltr(".)5")),
                 rtl("وتوفير الحماية (الفقرة " + ltr(".)7")),
                 rtl("وتبين الدراسة المفترضة" + ltr("( .)5") + "وتقدر الخسائر"),
                 "__________________", rtl(ltr("5") + " انظر التقرير."),
                 rtl(ltr("6") + " انظر الوثيقة."), rtl(ltr("7") + " انظر القرار.")])
    body = [b for b in doc.blocks if b.kind == "paragraph"]
    text = "".join(b.text for b in body).replace(" ", "")
    assert "و.)6" in text and "(المادة.)5" in text and "(الفقرة.)7" in text, text
    assert [r for b in body for r in b.footnote_refs] == ["5"]


def test_brackets_in_text_are_no_marks():
    text = "وقال (2) شيئا ثم (الجزء 3) انتهى وفي الفقرة (أ) أيضا"
    doc = parse([rtl(text)])
    assert doc.blocks[0].footnote_refs == [] and doc.blocks[0].text == text


def test_masthead_original_language():
    doc = parse([rtl("األمم المتحدة"), rtl(ltr("Distr.")), rtl(ltr("LIMITED")),
                 rtl(ltr("E/ESCWA/XYZ/2031/1")), rtl(ltr("3 March 2031")),
                 rtl(ltr("ORIGINAL: ARABIC")), "", rtl(ltr("-1") + FULL[0])])
    assert doc.metadata.get("original_language") == "ARABIC"
    assert doc.metadata.get("symbol") == "E/ESCWA/XYZ/2031/1"
    doc = parse([rtl(ltr("Distr.: General")), rtl("األصل: باإلنكليزية"), "", rtl(ltr("-1") + FULL[0])])
    assert doc.metadata.get("original_language") == "باإلنكليزية"  # as the line writes it


# ---- display -----------------------------------------------------------------

MIXED = [rtl("أوالا" + ltr(" -") + "المسائل المطروحة"), rtl(ltr("-1") + FULL[0]),
         rtl("وتنتهي هنا" + ltr(".")), "", "2. An English paragraph quoted in the report."]


def test_html_direction_per_block():
    doc = parse(MIXED)
    page = doc._repr_html_()
    assert 'class="paratag-document" lang="ar" dir="rtl"' in page
    assert '<h4 class="pt-heading" dir="rtl"' in page
    assert page.count('<p class="pt-paragraph" dir="rtl"') == 1
    assert page.count('<p class="pt-paragraph" dir="ltr"') == 1


def test_table_keeps_mixed_direction_cells_in_their_columns():
    from paratag._terminal import Renderer, isolated, width
    doc = parse(MIXED)
    rows = Renderer(60, color=False).table(doc, "made-up.ar.txt").splitlines()[1:]
    rows = [r for r in rows if r.split(" ", 1)[0] in ("heading", "paragraph")]
    assert len(rows) == len(doc.blocks) == 3
    # right-to-left cells are isolated, left-to-right ones left as they are
    assert "\u2068أولاً\u2069" in rows[0] and "\u2068" + doc.blocks[1].text[:10] in rows[1]
    assert "\u2068" not in rows[2]
    # the numbers' column ends at the same terminal column on every row,
    # "أولاً" (whose tanween takes no column) included
    ends = []
    for row, block in zip(rows, doc.blocks):
        cell = isolated(block.number)
        ends.append(width(row[:row.index(cell, len(block.kind)) + len(cell)]))
    assert len(set(ends)) == 1, rows
    assert all(width(r) <= 60 for r in rows)


def test_bullets_wrapped_in_direction_marks_lose_nothing():
    """A bullet point on a line of its own, wrapped in the direction marks
    pdftotext puts around Arabic lines, owns its marks: nothing is left
    unassigned (the marks went missing when bullets became paragraphs)."""
    doc = parse(["\u202bأولاً - التوصيات\u202c", "",
                 "\u202b•\u202c", "", "\u202bتعزيز التعاون بين الدول الأعضاء؛\u202c", "",
                 "\u202b•\u202c", "", "\u202bوضع نظم لجمع البيانات.\u202c"])  # checks unassigned()
    assert len(doc.blocks) == 3 and all("\u202b" not in b.text and "•" not in b.text for b in doc.blocks)


def test_an_out_of_sequence_number_with_a_dot_taken_as_a_page_number_keeps_its_dot():
    """In an Arabic document a number glued to a line out of sequence is a
    page number; where it was written "2." its dot goes with it, not lost
    (found by the fuzzer)."""
    doc = parse(["1. نص الفقرة الأولى.", "", "1 تفاصيل أخرى في الحاشية.", "7. نص آخر."])
    assert doc.unassigned() == []


# A font that draws digits from other code points: true 1 2 3 4 5 6 7 show
# as 0 7 0 4 5 1 2 (one map, not one to one), as the extractor gives them.
SUBSTITUTED = {1: "0", 2: "7", 3: "0", 4: "4", 5: "5", 6: "1", 7: "2"}


def substituted_paragraphs(n):
    lines = []
    for k in range(1, n + 1):
        first = FULL[k % 4]
        if k % 2:  # the number alone after the paragraph's first line
            lines += [rtl(first), rtl(ltr("-" + SUBSTITUTED[k])), rtl("وتنتهي هنا" + ltr("."))]
        else:  # glued to its first line
            lines += [rtl(ltr("-" + SUBSTITUTED[k]) + first), rtl("وتنتهي أيضا" + ltr("."))]
    return lines


def test_paragraphs_in_a_font_that_substitutes_digits_are_numbered_by_their_order():
    doc = parse([rtl("مقدمة")] + substituted_paragraphs(7))
    assert body(doc) == [("heading", "")] + [("paragraph", str(k)) for k in range(1, 8)]
    assert doc.blocks[1].text.startswith(FULL[1]) and doc.blocks[1].text.endswith("هنا.")
    assert doc.blocks[2].text.startswith(FULL[2])


def test_a_few_numbers_out_of_sequence_do_not_make_a_substituting_font():
    # one map would read these three as 1, 2, 3, but three paragraphs are
    # too few to tell a font from numbers out of sequence
    doc = parse(substituted_paragraphs(3))
    assert [b.number for b in doc.blocks if b.number in ("2", "3")] == []


def test_a_report_whose_years_read_as_years_shows_its_digits_as_they_are():
    # lists that start again can read as 1, 2, 3... through some map of
    # digits; a font that substituted digits would show the years as no
    # years too ("7105"), so where the years stand as years the map is a
    # coincidence and the numbers are read as shown
    def year_line(a, b):
        return rtl("وفي عام" + ltr(f" {a} ") + "وعام" + ltr(f" {b}") + ltr("."))
    doc = parse([rtl("مقدمة")] + substituted_paragraphs(7) + [year_line(2015, 2016)])
    assert [b.number for b in doc.paragraphs if b.number] == ["7"]
    doc = parse([rtl("مقدمة")] + substituted_paragraphs(7) + [year_line(7105, 7106)])
    assert [b.number for b in doc.paragraphs if b.number] == [str(k) for k in range(1, 8)]


def test_a_short_report_in_a_substituting_font_is_borne_out_by_its_year():
    # three paragraphs are too few to tell a font alone, but the report's
    # year, in a Latin font in its symbol ("2031"), shows in its Arabic
    # text through the same map ("7100": 2 as 7, 3 and 1 as 0)
    symbol = rtl(ltr("E/ESCWA/XYZ/2031/1"))
    date = rtl("بيروت، كانون الأول/ديسمبر" + ltr(" 7100"))
    doc = parse([symbol, date] + substituted_paragraphs(3))
    assert [b.number for b in doc.paragraphs if b.number] == ["1", "2", "3"]
    doc = parse([symbol, rtl("بيروت، كانون الأول/ديسمبر" + ltr(" 2031"))] + substituted_paragraphs(3))
    assert [b.number for b in doc.paragraphs if b.number] == ["7"]


def test_a_full_stop_before_the_closing_number_ends_the_paragraph():
    # "(... 2016)." comes out ".)2016": the paragraph is finished, so the
    # next line, ending in a colon, is the first line of paragraph 2
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("في دورتها الأخيرة (المدينة المفترضة" + ltr(".)2016")),
                 rtl(FULL[1] + ":"), rtl(ltr("-2")), rtl(FULL[2] + ".")])
    assert body(doc) == [("paragraph", "1"), ("paragraph", "2")]
    assert doc.blocks[1].text.startswith(FULL[1] + ":")


def test_a_full_stop_before_a_closing_symbol_ends_the_paragraph():
    # "(A/80/85)." comes out "(.)A/80/85": the line ends paragraph 1, so
    # the number after the next line numbers that line
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("كما ورد في التقرير السابق (" + ltr(".)A/80/85")),
                 rtl(ltr("-2")), rtl(FULL[1]), rtl("وتنتهي هنا" + ltr(".")),
                 rtl(FULL[2]), rtl(ltr("-3")), rtl("وتنتهي أيضا" + ltr(".")) ])
    assert body(doc) == [("paragraph", "1"), ("paragraph", "2"), ("paragraph", "3")]
    assert doc.blocks[0].text.endswith("A/80/85")
    assert doc.blocks[1].text.startswith(FULL[1])
    assert doc.blocks[2].text.startswith(FULL[2])


def test_a_short_title_set_apart_above_a_number_is_a_heading():
    # a first line fills the width: a short line after a blank one,
    # ending no sentence, is the heading over the paragraph the number opens
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("وتنتهي هنا" + ltr(".")), "",
                 rtl("الاتجاهات العامة"), rtl(ltr("-2")), rtl(FULL[1]), rtl("وتنتهي أيضا" + ltr(".")),
                 rtl(FULL[2]), rtl(ltr("-3")), rtl("وتنتهي كذلك" + ltr(".")) ])
    assert body(doc) == [("paragraph", "1"), ("heading", ""), ("paragraph", "2"), ("paragraph", "3")]
    assert doc.blocks[1].text == "الاتجاهات العامة"
    assert doc.blocks[2].text.startswith(FULL[1])


def test_recycling_words_are_furniture():
    for words in ("الرجاء إعادة االستعمال", "يرجى إعادة الاستعمال"):
        doc = parse([rtl(ltr("-1") + FULL[0]), "", rtl(words), "\f" + rtl(FULL[1]),
                     rtl("وتنتهي هنا" + ltr("."))])
        assert [b.text for b in doc.blocks] == [FULL[0] + " " + FULL[1] + " وتنتهي هنا."]


def test_summary_under_the_masthead_is_the_body():
    doc = parse([rtl(ltr("Distr.")), rtl(ltr("LIMITED")), rtl(ltr("E/ESCWA/XYZ/2031/1")),
                 rtl(ltr("ORIGINAL: ARABIC")), "", rtl("تقرير مفترض عن موضوع متخيل"),
                 rtl("موجـز"), rtl(FULL[0]), rtl("وتنتهي هنا" + ltr(".")), "",
                 rtl("مقدمة"), rtl(ltr("-1") + FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    assert body(doc) == [("heading", ""), ("paragraph", ""), ("heading", ""), ("paragraph", "1")]
    assert doc.blocks[0].text == "موجـز"
    assert doc.blocks[1].text.startswith(FULL[0])


def test_a_number_after_a_displaced_full_stop_is_text_not_a_footnote_mark():
    # "goal 16." comes out "الهدف .16", the number in its own embedding;
    # it ends the paragraph, and the next one starts
    doc = parse([rtl(FULL[0]), rtl("وخاصة الهدف " + ltr(".16")), rtl(FULL[1]), rtl("وتنتهي هنا.")])
    assert [b.text for b in doc.blocks] == [FULL[0] + " وخاصة الهدف .16", FULL[1] + " وتنتهي هنا."]
    assert not doc.blocks[0].footnote_refs


def test_footnote_mark_with_an_embedding_inside_its_brackets():
    # "(1)" comes out "(", then a left-to-right embedding holding " .)1"
    doc = parse([rtl("وتبين الدراسة المفترضة(" + ltr(" .)1") + "وتقدر الخسائر بمبالغ كبيرة")])
    [block] = doc.blocks
    assert block.footnote_refs == ["1"]
    assert block.text == "وتبين الدراسة المفترضة .وتقدر الخسائر بمبالغ كبيرة"


def test_a_numbered_heading_wraps_onto_a_short_line():
    doc = parse([rtl("أوالا" + ltr(" -") + "المسائل المفترضة التي تعرضها الهيئة المتخيلة على"),
                 rtl("الدول الأعضاء"), rtl(FULL[0]), rtl(ltr("-1")), rtl("وتنتهي هنا" + ltr(".")),
                 rtl("ألف" + ltr("- ") + "عنوان قصير"), rtl("وعنوان فرعي غير مرقم"), "",
                 rtl(FULL[1] + ".")])
    assert body(doc) == [("heading", "أولاً"), ("paragraph", "1"), ("heading", "ألف"), ("paragraph", "")]
    assert doc.blocks[0].text == "المسائل المفترضة التي تعرضها الهيئة المتخيلة على الدول الأعضاء"
    assert doc.blocks[2].text == "عنوان قصير وعنوان فرعي غير مرقم"


def test_footnotes_with_no_rule_in_both_arabic_forms():
    # "(1) text" on the page: "( )1 text" where the text is Arabic, "(text )1"
    # where it is a left-to-right run (an address)
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("وتقدر الخسائر بمبالغ كبيرة(" + ltr(" .)1") + "وتضيف"),
                 rtl("الدراسة أمثلة أخرى(" + ltr(".)2") + " وتنتهي هنا."), "",
                 rtl("(" + ltr(" )1") + "دراسة مفترضة عن موضوع متخيل."),
                 rtl("(" + ltr(".https://example.org/study.pdf )2")), "",
                 rtl(ltr("-2") + FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    assert body(doc) == [("paragraph", "1"), ("footnote", "1"), ("footnote", "2"), ("paragraph", "2")]
    assert doc.blocks[0].footnote_refs == ["1", "2"]
    assert doc.blocks[1].text == "دراسة مفترضة عن موضوع متخيل."
    assert doc.blocks[2].text == ".https://example.org/study.pdf"


def test_a_footnote_whose_text_opens_with_a_left_to_right_run():
    # "(1) S/2031/5. text": the run goes inside the brackets before the
    # digits, the Arabic rest after them
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("وتقدر الخسائر بمبالغ كبيرة(" + ltr(" .)1") + "وتضيف"),
                 rtl("الدراسة أمثلة أخرى وتنتهي هنا."), "",
                 rtl("(" + ltr(" .S/2031/5 )1") + "وقد عممت الرسالة أيضا بوصفها وثيقة."), "",
                 rtl(ltr("-2") + FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    assert body(doc) == [("paragraph", "1"), ("footnote", "1"), ("paragraph", "2")]
    assert doc.blocks[1].text == ".S/2031/5 وقد عممت الرسالة أيضا بوصفها وثيقة."


def test_footnotes_in_a_left_to_right_script_past_a_lost_one():
    # note 1 laid out word by word by the extractor is lost; note 2, in
    # English, holds brackets of its own; note 3's text starts on the line
    # after its mark.  A note with brackets about its text (no list item
    # looks so) may come a few numbers on, when the body cites it.
    cites = rtl("وتقدر الخسائر بمبالغ كبيرة(" + ltr(" .)1") + "وتضيف الدراسة(" + ltr(".)2") +
                " أمثلة(" + ltr(".)3") + " أخرى.")
    doc = parse([rtl(ltr("-1") + FULL[0]), cites, "",
                 rtl(ltr("(2031) )1")), rtl(ltr("(Geneva,")), "",
                 rtl("(" + ltr("World Health Organization, Report (Geneva, 2031), p. 1. )2")),
                 rtl("(" + ltr(" )3")), rtl(ltr("https://example.org/report.pdf")), "",
                 rtl(ltr("-2") + FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    notes = [(b.number, b.text) for b in doc.blocks if b.kind == "footnote"]
    assert notes == [("2", "World Health Organization, Report (Geneva, 2031), p. 1."),
                     ("3", "https://example.org/report.pdf")]
    # a list item "( )3" after note 1 is no note: it skips a number
    doc = parse([rtl(ltr("-1") + FULL[0]), cites, "",
                 rtl("(" + ltr(" )1") + "دراسة مفترضة عن موضوع متخيل."),
                 rtl("(" + ltr(" )3") + "بند من قائمة متخيلة."), "",
                 rtl(ltr("-2") + FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    assert [b.number for b in doc.blocks if b.kind == "footnote"] == ["1"]
    # "( )1" alone on its line before any note is a list's item
    doc = parse([rtl(ltr("-1") + FULL[0]), cites, "", rtl("(" + ltr(")1")), "",
                 rtl("بند من قائمة متخيلة يمتد على سطر كامل في هذا النص المفترض؛"), "",
                 rtl(ltr("-2") + FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    assert "footnote" not in [b.kind for b in doc.blocks]
    # but over a source in a left-to-right script it is the first note
    doc = parse([rtl(ltr("-1") + FULL[0]), cites, "", rtl("(" + ltr(")1")), "",
                 rtl(ltr("World Bank, Report on an Imagined Topic (2031).")), "",
                 rtl(ltr("-2") + FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    assert [(b.kind, b.number, b.text) for b in doc.blocks if b.kind == "footnote"] == [
        ("footnote", "1", "World Bank, Report on an Imagined Topic (2031).")]


def test_a_footnote_line_needs_its_mark_in_the_body():
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("وتنتهي هنا."), "",
                 rtl("(" + ltr(" )1") + "سطر يبدأ بقوسين فارغين.")])
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]


def test_mirrored_mark_in_a_left_to_right_run():
    doc = parse([rtl("ويستخدم الباحثان " + ltr(" Smith") + "و" + ltr(" )3(Jones") + "نهجا آخر")])
    [block] = doc.blocks
    assert block.footnote_refs == ["3"]
    assert ")3(" not in block.text


def test_a_zero_after_brackets_is_no_footnote_mark():
    # "(figure 1.)" in a font that shows 1 as 0: "(الشكل .)0"
    doc = parse([rtl(FULL[0] + " (الشكل" + ltr(" .)0"))])
    [block] = doc.blocks
    assert block.footnote_refs == [] and block.text.endswith("(الشكل .)0")


def test_a_number_glued_under_a_running_header_is_the_page_number():
    # page 8's number, with no line of its own, glued to the page's first line
    lines = substituted_paragraphs(6) + ["\f" + rtl(ltr("E/ESCWA/XYZ/2031/1")), "",
                                         rtl(ltr("-8") + "تتمة الفقرة السابقة" + ltr("."))]
    doc = parse(lines)
    assert [b.number for b in doc.blocks if b.number] == [str(k) for k in range(1, 7)]
    assert doc.blocks[-1].text == "تتمة الفقرة السابقة."
    pages = [doc.text[r.start:r.end].strip("".join(MARKS)) for r in doc.regions if r.role == "page_number"]
    assert pages == ["-8"]


def test_a_heading_after_a_paragraph_ending_in_a_displaced_full_stop():
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("خطة التنمية المستدامة لعام" + ltr(" .2030")),
                 rtl("ثانيا ا" + ltr(" -") + "عنوان الفصل الثاني"), rtl(ltr("-2") + FULL[1] + ".")])
    assert body(doc) == [("paragraph", "1"), ("heading", "ثانياً"), ("paragraph", "2")]


def test_lam_alef_put_back_where_the_dictionary_knows_the_words_core():
    # clitics, the article and endings around a core the devset never had
    # (and leaves words that are right as they stand: والسياسية, الفعالة)
    doc = parse([rtl("ناقشت الدراسة التالعب بالمالحظات واختالفها مع والسياسية الفعالة")])
    assert doc.blocks[0].text == "ناقشت الدراسة التلاعب بالملاحظات واختلافها مع والسياسية الفعالة"


def test_lam_alef_put_back_before_a_pronoun():
    # a word the vocabulary knows with a pronoun after it (its, their); a
    # stem right as it stands keeps its alef-lam (وثالثها), and so does a
    # word whose rest is no word (الكم)
    doc = parse([rtl("وإبداء مالحظاتها ومالحظاتهم وعالقاته وثالثها والكم")])
    assert doc.blocks[0].text == "وإبداء ملاحظاتها وملاحظاتهم وعلاقاته وثالثها والكم"


def test_lam_alef_put_back_where_li_governs_a_word_with_hamza():
    # لِـ "for" before a word that begins with أ or إ, the lam and the alef
    # written back to front, after و or ف or alone; words that begin so as
    # they stand (إلى, ألف, إلغاء, ألمانيا) stay
    doc = parse([rtl("وإلحراز التقدم وإلعداد الخطط فإلنجاز المهام ذهب إلى ألمانيا بعد إلغاء ألف قرار")])
    assert doc.blocks[0].text == (
        "ولإحراز التقدم ولإعداد الخطط فلإنجاز المهام ذهب إلى ألمانيا بعد إلغاء ألف قرار")


def test_lam_alef_put_back_where_li_governs_a_verbal_noun():
    # لِـ "for" before a verbal noun of the forms VII, VIII, X, which
    # begins with a bare alef (اقتصاد, استخدام, انخفاض); the article's
    # nouns stay, the rest a word or not (التحديات, الجلسة, المرأة)
    doc = parse([rtl("البرنامج الوطني القتصاد المياه والستخدام الموارد نتيجة النخفاض "
                     "الأسعار في التحديات والجلسة ودور المرأة")])
    assert doc.blocks[0].text == (
        "البرنامج الوطني لاقتصاد المياه ولاستخدام الموارد نتيجة لانخفاض "
        "الأسعار في التحديات والجلسة ودور المرأة")


def test_a_vowel_mark_displaced_before_the_paragraph_number():
    # "نُظمت" with its damma put before the number: "ُ -2نظمت"
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("وتنتهي هنا."),
                 rtl(ltr("\u064f -2") + "نظمت الهيئة المفترضة ندوة عن موضوع متخيل.")])
    assert body(doc) == [("paragraph", "1"), ("paragraph", "2")]
    assert doc.blocks[1].text.startswith("نظمت")


def test_a_heading_after_a_list_is_taken_by_its_numerals_sequence():
    # a list's last line ends no sentence; "باء" after "ألف" is the next
    # section all the same, as a title in capitals would be in English
    listed = [rtl("ألف" + ltr(" -") + "المؤشرات"), rtl(FULL[0] + "."),
              rtl("( )1ازدياد عدد الجهات المفترضة التي تعتمد الخطط"),
              rtl("( )2ازدياد عدد البرامج المتخيلة في المنطقة")]
    doc = parse(listed + [rtl("باء" + ltr(" -") + "الاستراتيجية"), rtl(FULL[1] + ".")])
    assert body(doc) == [("heading", "ألف"), ("paragraph", ""), ("heading", "باء"), ("paragraph", "")]
    # out of its sequence ("دال" after "ألف"), the line goes on the list
    doc = parse(listed + [rtl("دال" + ltr(" -") + "الاستراتيجية"), rtl(FULL[1] + ".")])
    assert body(doc) == [("heading", "ألف"), ("paragraph", "")]
    # a chapter's ordinal starts its sections' letters again
    doc = parse([rtl("أوالا" + ltr(" -") + "الفصل الأول"), rtl("ألف" + ltr(" -") + "المؤشرات"),
                 rtl(FULL[0] + "."), rtl("( )1ازدياد عدد الجهات المفترضة"),
                 rtl("ثانيا ا" + ltr(" -") + "الفصل الثاني"), rtl(FULL[2] + "."),
                 rtl("( )1ازدياد عدد البرامج المتخيلة"),
                 rtl("ألف" + ltr(" -") + "المؤشرات"), rtl(FULL[1] + ".")])
    assert body(doc) == [("heading", "أولاً"), ("heading", "ألف"), ("paragraph", ""),
                         ("heading", "ثانياً"), ("paragraph", ""), ("heading", "ألف"), ("paragraph", "")]


def test_a_page_number_glued_to_the_paragraph_number_under_it():
    # page 3's "-3" and paragraph 2's "-2" on one line: "-3-2"
    header = "\f" + rtl(ltr("E/ESCWA/XYZ/2031/1"))
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("وتنتهي هنا" + ltr(".")), header, "",
                 rtl(ltr("-3")) + rtl(ltr("-2")), "", rtl(FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    assert body(doc) == [("paragraph", "1"), ("paragraph", "2")]
    assert doc.blocks[1].text == FULL[1] + " وتنتهي أيضا."
    pages = [doc.text[r.start:r.end].strip("".join(MARKS)) for r in doc.regions if r.role == "page_number"]
    assert pages == ["-3"]
    # in a font that substitutes digits, the paragraph's number is its place
    doc = parse(substituted_paragraphs(6) + [header, rtl(ltr("-4")) + rtl(ltr("-" + SUBSTITUTED[7])),
                                             rtl(FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    assert [b.number for b in doc.blocks if b.number] == [str(k) for k in range(1, 8)]


def test_lam_alef_put_back_under_a_closing_tanween():
    # the accusative tanween rides on an alef: "مثلاً", never on a lam
    # after an alef; "مثالًا" (the alef after the tanween) stands as it is
    doc = parse([rtl("وقدمت الهيئة مثالً قليالً وطويالً عن سبيالً آخر، ومثالًا ثانيا")])
    assert doc.blocks[0].text == "وقدمت الهيئة مثلاً قليلاً وطويلاً عن سبيلاً آخر، ومثالًا ثانيا"


def test_lam_alef_put_back_where_a_word_has_two():
    # both ligatures back to front, and neither alone makes a word the
    # vocabulary knows: "الاتصالات" as "االتصاالت", "الإصلاح" as "اإلصالح"
    doc = parse([rtl("وناقشت الهيئة االتصاالت واإلصالح والتالعب")])
    assert doc.blocks[0].text == "وناقشت الهيئة الاتصالات والإصلاح والتلاعب"


def test_figure_with_its_arabic_caption_and_source_note():
    # "الشكل -1" (figure 1, its "1-" as extracted), short labels and
    # figures, then the source note with its colon displaced
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("وتنتهي هنا" + ltr(".")),
                 rtl("الشكل" + ltr("  -1") + "توزيع الموارد المفترضة"), "",
                 rtl("الموارد الأولى"), rtl(ltr("12.5")), "", rtl("الموارد الثانية"), rtl(ltr("7.5")), "",
                 rtl("المصدر :حسابات الهيئة المتخيلة."), "",
                 rtl(ltr("-2") + FULL[1]), rtl("وتنتهي أيضا" + ltr(".")),
                 rtl("ويبين الشكل" + ltr(" 1") + " توزيع الموارد " + FULL[2]), rtl("وتنتهي كذلك" + ltr("."))])
    assert body(doc) == [("paragraph", "1"), ("paragraph", "2"), ("paragraph", "")]
    assert not any("الموارد الأولى" in b.text for b in doc.blocks)
    figure = "".join(doc.text[r.start:r.end] for r in doc.regions if r.kind == "figure")
    assert "الموارد الأولى" in figure and "المصدر" in figure


def test_arabic_annexes_are_numbered_as_english_numbers_them():
    # "المرفق الأول" (lam-alef swapped) is Annex I, its page's number glued
    # before it; in the annex a number glued under the header is the page's
    header = "\f" + rtl(ltr("E/ESCWA/XYZ/2031/1"))
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("وتنتهي هنا" + ltr(".")), header, "",
                 rtl(ltr("-7") + "المرفق األول"), "", rtl("قائمة المشاركين"),
                 rtl("ألف" + ltr(" -") + "الدول الأعضاء"), rtl(FULL[1] + "."), header, "",
                 rtl(ltr("-8") + "المرفق الثاني"), "", rtl("قائمة الوثائق"), rtl(FULL[2] + "."),
                 rtl("المرفق"), rtl("وتنتهي هنا المرفقات المفترضة.")])
    assert body(doc) == [("paragraph", "1"), ("heading", "Annex I"), ("heading", "annex I ألف"),
                         ("paragraph", ""), ("heading", "Annex II"), ("paragraph", ""),
                         ("heading", "Annex")]
    assert doc.blocks[1].text == "قائمة المشاركين"
    pages = [doc.text[r.start:r.end].strip("".join(MARKS)) for r in doc.regions if r.role == "page_number"]
    assert pages == ["-7", "-8"]


def contents_in_columns_report(stop, pages_between=False, leader=" ........."):
    """A report whose paragraph numbers the extractor lost (a word
    processor's list), its contents read column by column: the titles,
    then each one's paragraphs ("4-3", right to left), then its page.
    `stop` writes the full stop between two sentences of one line; with
    `pages_between` each range is followed by its page instead; `leader`
    after the first section's title in the contents."""
    numbers = ["4-3", "3", "6-5", "4"] if pages_between else ["4-3", "6-5", "3", "4"]
    def two(a, b):
        return rtl(a + stop + b)
    return [rtl("المحتويات"), rtl("مقدمة" + ltr(" ........")), rtl("الفقرات"), rtl("الصفحة"),
            rtl(ltr("2-1")), rtl(ltr("3")), rtl("الفصل"), rtl("أولاً" + ltr("-")),
            rtl("الموارد والطاقة في المنطقة" + ltr(" ......")), rtl(ltr("6-3")), rtl(ltr("3")),
            rtl("ألف" + ltr(" -") + "الموارد المائية المشتركة" + ltr(leader)),
            rtl("باء" + ltr(" -") + "الطاقة المتجددة والنظيفة" + ltr(" .........")),
            *[rtl(ltr(number)) for number in numbers],
            rtl("ثانياً" + ltr(" -") + "الخلاصة" + ltr(" ..........")), rtl(ltr("8-7")), rtl(ltr("5")), "",
            rtl("مقدمة"),
            two("تناقش الهيئة المفترضة في هذا النص عددا من المسائل", "وتنظر في الموارد المشتركة بين البلدان"),
            rtl(FULL[2] + ltr(".")),
            two("وتنظر اللجنة المتخيلة في سبل تحسين العمل المشترك", "وتتناول طرق تنفيذ التوصيات كلها"),
            rtl(FULL[3] + ltr(".")),
            rtl("أولاً" + ltr(" -") + "الموارد والطاقة في المنطقة"),
            rtl("ألف" + ltr(" -") + "الموارد المائية المشتركة"),
            two("وتبحث الهيئة المفترضة في الموارد المائية المشتركة", "وتعرض أمثلة من المنطقة العربية"),
            rtl(FULL[2] + ltr(".")),
            rtl("وتقدم الأمانة في هذا الجزء عرضا قصيرا" + ltr(".")),
            rtl("باء" + ltr(" -") + "الطاقة المتجددة والنظيفة"),
            two("وتبحث الهيئة المفترضة في الطاقة المتجددة والنظيفة", "وتعرض أمثلة من المنطقة العربية"),
            rtl(FULL[1] + " للعقد" + ltr(" .2030-2020")),
            rtl("وتختم الأمانة هذا الجزء بعرض قصير" + ltr(".")),
            rtl("ثانياً" + ltr(" -") + "الخلاصة"), rtl("وتخلص الأمانة إلى نتيجة قصيرة" + ltr(".")),
            rtl("وتشكر الأمانة الدول الأعضاء" + ltr("."))]


def test_lost_numbers_come_back_from_contents_read_by_columns():
    """Paragraph numbers lost by the extractor come back from contents
    whose ranges stand in a column of their own after the titles', each
    range written right to left.  Where the extractor set each full stop
    inside a line before the next sentence (" .وتنظر"), a stop glued to a
    line's last word, or set before the number that ends the line, ends
    the paragraph, however full the line."""
    doc = parse(contents_in_columns_report(ltr(" .")))
    assert [(b.kind, b.number, b.text.split()[0]) for b in doc.blocks] == [
        ("heading", "", "مقدمة"), ("paragraph", "1", "تناقش"), ("paragraph", "2", "وتنظر"),
        ("heading", "أولاً", "الموارد"), ("heading", "ألف", "الموارد"),
        ("paragraph", "3", "وتبحث"), ("paragraph", "4", "وتقدم"),
        ("heading", "باء", "الطاقة"), ("paragraph", "5", "وتبحث"), ("paragraph", "6", "وتختم"),
        ("heading", "ثانياً", "الخلاصة"), ("paragraph", "7", "وتخلص"), ("paragraph", "8", "وتشكر")]
    assert doc.blocks[5].text.endswith(FULL[2] + ".")
    assert [d.code for d in doc.diagnostics()] == ["numbers_from_contents"]
    alternating = parse(contents_in_columns_report(ltr(" ."), pages_between=True))
    assert [b.number for b in alternating.blocks] == [b.number for b in doc.blocks]
    # stops written after their word ("المسائل. وتنظر"): a full line's
    # stop is as likely a sentence's end as a paragraph's, and ends none
    doc = parse(contents_in_columns_report(ltr(". ")))
    assert [(b.kind, b.number) for b in doc.blocks if b.kind == "paragraph"] == [
        ("paragraph", "1"), ("paragraph", "3"), ("paragraph", "5"), ("paragraph", "7"),
        ("paragraph", "8")]
    # a title without a leader ends where the next label starts ("باء -")
    unled = parse(contents_in_columns_report(ltr(". "), leader=ltr(".")))
    assert [b.number for b in unled.blocks] == [b.number for b in doc.blocks]


def test_masthead_with_the_organs_name_after_distr_and_a_mirrored_symbol():
    # a right-to-left page read column by column puts the organ's name
    # after "Distr. LIMITED"; a symbol's closing bracket comes out first;
    # the title, after the agenda line, is clean text (marks out, lam-alef
    # put back)
    doc = parse([rtl(ltr("E")), "", rtl("األمم المتحدة"), "", rtl(ltr("Distr.")), rtl(ltr("LIMITED")), "",
                 rtl("المجـلس"), rtl("االقتصـادي واالجتمـاعي"), "",
                 rtl(")" + ltr("E/ESCWA/XYZ/2031/4(Part II")), rtl(ltr("3 March 2031")),
                 rtl(ltr("ORIGINAL: ARABIC")), "",
                 rtl("اللجنة المفترضة للتجارة"), rtl("الدورة الأولى"),
                 rtl("البند" + ltr(" 6") + "من جدول األعمال المؤقت"), "",
                 rtl("التجارة واالقتصاد في المنطقة"), rtl("موجـز"), rtl(FULL[0] + ltr(".")),
                 rtl(FULL[1] + ltr("."))])
    meta = dict(doc.metadata)
    assert meta["symbol"] == "E/ESCWA/XYZ/2031/4(Part II)"
    assert meta["date"] == "2031-03-03" and meta["original_language"] == "ARABIC"
    assert meta["title"] == "التجارة والاقتصاد في المنطقة"


def mandates(title_end):
    """A list of mandates as extracted from an Arabic page: captions over
    each resolution's symbol alone on its line (the General Assembly's
    "45/101" as the page shows it, a regional commission's "101 (د-15)"
    as "( 101د)15-"), its title on the next line; the last title of the
    first list ends on `title_end`."""
    return [rtl(ltr("-1") + FULL[0]), rtl("وتنتهي هنا" + ltr(".")), "",
            rtl("قرارات الهيئة العامة المفترضة"), rtl(ltr("45/101")), "",
            rtl("التعاون المتخيل بين البلدان المفترضة"), "", rtl(ltr("45/102")), "",
            rtl(FULL[1] + title_end), "",
            rtl("قرارات اللجنة الوهمية"), rtl(LRE + "( 101" + PDF + "د" + LRE + ")15-" + PDF), "",
            rtl("تعزيز الموارد المفترضة في المنطقة"), "",
            rtl(LRE + "( 102" + PDF + "د" + LRE + ")16-" + PDF), "", rtl("تواتر الدورات المتخيلة")]


def test_a_list_of_mandates_is_one_paragraph_an_entry_under_its_captions():
    doc = parse(mandates(" (الخطة المتخيلة)"))
    assert [(b.kind, b.text.split()[0]) for b in doc.blocks] == [
        ("paragraph", "تناقش"), ("heading", "قرارات"), ("paragraph", "45/101"),
        ("paragraph", "45/102"), ("heading", "قرارات"), ("paragraph", "("),
        ("paragraph", "(")]
    assert doc.blocks[2].text == "45/101 التعاون المتخيل بين البلدان المفترضة"
    assert doc.blocks[5].text == "( 101د)15-تعزيز الموارد المفترضة في المنطقة"
    # a full line that does not close a bracket goes on: the caption under
    # it is read as the rest of that title
    doc = parse(mandates(" وبين"))
    assert [b.kind for b in doc.blocks] == ["paragraph", "heading", "paragraph", "paragraph",
                                            "paragraph", "paragraph"]
    assert doc.blocks[3].text.endswith("وبين قرارات اللجنة الوهمية")


QUALIFIER = "(البند" + ltr(" 4") + " (أ) من جدول الأعمال)"


def test_a_numbered_title_over_its_agenda_item_is_a_heading():
    # a meeting report's sub-item: its number glued to its title ("-1",
    # like a paragraph's) or alone over it, the title short, then the
    # agenda item in brackets; its paragraphs keep their own numbers (and
    # its years, as they stand, tell a font that shows digits as they are)
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl("في عامي" + ltr(" 2015 ") + "و" + ltr("2016") + ltr(".")),
                 rtl(ltr(" -1") + "أنشطة الهيئة المفترضة في المنطقة"), rtl(QUALIFIER),
                 rtl(ltr("-2") + FULL[1]), rtl("وتنتهي أيضا" + ltr(".")),
                 rtl(ltr("-2")), rtl("التعاون الفني المتخيل"), rtl(QUALIFIER),
                 rtl(ltr("-3") + FULL[2]), rtl("وتنتهي كذلك" + ltr("."))])
    assert body(doc) == [("paragraph", "1"), ("heading", "1"), ("paragraph", "2"),
                         ("heading", "2"), ("paragraph", "3")]
    assert doc.blocks[1].text == "أنشطة الهيئة المفترضة في المنطقة (البند 4 (أ) من جدول الأعمال)"
    assert doc.blocks[3].text.startswith("التعاون الفني المتخيل (البند")


def test_no_title_over_a_footnote_a_list_letter_or_the_next_paragraphs_number():
    # a short line over a footnote in a left-to-right script ("(... )1",
    # the page's foot) or over a list's letter "(أ)", and a title whose
    # number is the next paragraph's: no sub-headings
    note = "(" + ltr("www.example.org/report") + " )1"
    doc = parse([rtl(ltr("-1") + FULL[2]), rtl("في عامي" + ltr(" 2015 ") + "و" + ltr("2016") + ltr(".")),
                 rtl(ltr("-7") + "وتعرض الهيئة المفترضة" + ltr("1")), rtl(note),
                 rtl(FULL[0] + ltr(".")),
                 rtl(ltr("-8") + "وتتناول الأمانة المسائل التالية"), rtl("(أ)"),
                 rtl("الموارد المشتركة" + ltr(".")),
                 rtl(ltr("-2") + "عرض قصير للهيئة المتخيلة"), rtl(QUALIFIER), rtl(FULL[3] + ltr(".")),
                 rtl(ltr("-3") + FULL[1]), rtl("وتنتهي أيضا" + ltr("."))])
    assert [b.kind for b in doc.blocks if b.kind == "heading"] == []
    assert [b.number for b in doc.paragraphs if b.number] == ["1", "2", "3"]


def test_a_column_of_pages_that_ends_the_contents_is_theirs():
    # read by columns, the contents end with their pages' numbers, each
    # alone on its line as a page's own number is: the column is the
    # contents', and with it each section's range of lost numbers
    def paragraph(k):
        return [rtl(FULL[k]), rtl("وتنتهي هنا" + ltr("."))]
    doc = parse([rtl("المحتويات"), rtl("الفقرات"), rtl("الصفحة"),
                 rtl("ألف" + ltr(" -") + "الموارد المائية المشتركة" + ltr(" ........")),
                 rtl("باء" + ltr(" -") + "الطاقة المتجددة والنظيفة" + ltr(" ........")),
                 rtl(ltr("2-1")), rtl(ltr("5-3")), "", rtl(ltr("3")), rtl(ltr("4")), "",
                 rtl("مقدمة"), *paragraph(2), *paragraph(3),
                 rtl("ألف" + ltr(" -") + "الموارد المائية المشتركة"), *paragraph(0), *paragraph(1),
                 rtl("باء" + ltr(" -") + "الطاقة المتجددة والنظيفة"), *paragraph(2), *paragraph(3),
                 *paragraph(0)])
    assert body(doc) == [("heading", ""), ("paragraph", ""), ("paragraph", ""),
                         ("heading", "ألف"), ("paragraph", "1"), ("paragraph", "2"),
                         ("heading", "باء"), ("paragraph", "3"), ("paragraph", "4"),
                         ("paragraph", "5")]
    assert [r.kind for r in doc.regions if doc.text[r.start:r.end].strip("".join(MARKS)) == "4"] == ["toc"]


def test_lettered_items_under_a_heading_are_numbered_as_english_letters_them():
    # "(أ)", "(ب)"... (the abjad order) under a heading stand on their own,
    # as English's (a), (b) do, and take their letters: "(د)" alone over
    # its text, "(هـ)" with its tatweel; "(ز)" out of turn goes on with
    # the item before; inside a paragraph such items stay in it
    doc = parse([rtl("ألف" + ltr(" -") + "التوصيات الموجهة إلى الدول المفترضة"),
                 rtl("(أ) " + FULL[0]), rtl("في المنطقة؛"), rtl("(ب) " + FULL[1] + "؛"),
                 rtl("(ج) " + FULL[2] + "؛"), rtl("(د)"), "", rtl(FULL[3] + "؛"),
                 rtl("(هـ) متابعة التوصيات المتخيلة؛"), rtl("(ز) " + FULL[0] + "."),
                 rtl("باء" + ltr(" -") + "التوصيات الموجهة إلى الأمانة"),
                 rtl(ltr("-1") + "تتناول الأمانة المسائل التالية:"), rtl("(أ) الموارد المشتركة؛"),
                 rtl("(ب) الطاقة المتجددة" + ltr(".")), rtl(ltr("-2") + FULL[1] + ltr("."))])
    assert body(doc) == [("heading", "ألف"), ("paragraph", "a"), ("paragraph", "b"),
                         ("paragraph", "c"), ("paragraph", "d"), ("paragraph", "e"),
                         ("heading", "باء"), ("paragraph", "1"), ("paragraph", "2")]
    assert doc.blocks[1].text == FULL[0] + " في المنطقة؛"
    assert doc.blocks[4].text == FULL[3] + "؛"
    assert doc.blocks[5].text.endswith("(ز) " + FULL[0] + ".")
    assert "(أ) الموارد المشتركة؛" in doc.blocks[7].text


def test_a_section_worded_otherwise_than_its_contents_entry_takes_the_entry_at_its_place():
    # the body calls section باء what the contents word otherwise: between
    # the sections before and after it, which match theirs, it takes the
    # range of the entry between those; with no match after it, none
    lines = contents_in_columns_report(ltr(" ."))
    heading = rtl("باء" + ltr(" -") + "الطاقة المتجددة والنظيفة")
    reworded = [rtl("باء" + ltr(" -") + "مصادر الطاقة الجديدة") if x == heading else x for x in lines]
    doc = parse(reworded)
    expected = parse(lines)
    assert [(b.kind, b.number) for b in doc.blocks] == [(b.kind, b.number) for b in expected.blocks]
    conclusion = rtl("ثانياً" + ltr(" -") + "الخلاصة")
    doc = parse([rtl("ثانياً" + ltr(" -") + "خلاصة أخرى") if x == conclusion else x for x in reworded])
    assert [b.number for b in doc.blocks if b.kind == "paragraph"] == ["1", "2", "3", "4", "", "", "", ""]


def test_a_line_ending_in_a_displaced_stop_before_a_year_ends_its_paragraph():
    # "... في عام .2031" ends paragraph 1: the "-2" alone under it is the
    # next paragraph's, set before it, not one whose first line that is
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl(FULL[1]),
                 rtl("وتختتم الهيئة أعمالها في عام" + ltr(" .2031")), rtl(ltr("-2")), "",
                 rtl(FULL[2]), rtl("وتنتهي هنا" + ltr(".")),
                 rtl(FULL[3]), rtl(ltr("-3")), rtl("وتنتهي أيضا" + ltr("."))])
    assert body(doc) == [("paragraph", "1"), ("paragraph", "2"), ("paragraph", "3")]
    assert doc.blocks[0].text.endswith("في عام .2031")
    assert doc.blocks[1].text.startswith(FULL[2])
    assert doc.blocks[2].text.startswith(FULL[3])


def test_a_star_footnote_in_brackets_with_or_without_its_rule():
    # "(*) text" at a page's foot is the footnote "*", its rule drawn or
    # not; the paragraph it interrupts goes on after the page's footer
    header = "\f" + rtl(ltr("E/ESCWA/XYZ/2031/1"))
    doc = parse([rtl(ltr("-1") + FULL[0]), rtl(FULL[1] + " لتوسيع"),
                 rtl("(*) تحمل الفقرات المفترضة في هذا الجزء ترقيما"), rtl("خاصا بالبرنامج المتخيل."),
                 header, rtl(ltr("-2-")), "", rtl("نطاق العمل المشترك في المنطقة" + ltr(".")),
                 rtl(ltr("-2") + FULL[2]), rtl("وتنتهي هنا" + ltr(".")), rtl("_" * 14),
                 rtl("(*) صدر هذا المرفق كما ورد.")])
    assert body(doc) == [("paragraph", "1"), ("footnote", "*"), ("paragraph", "2"), ("footnote", "*")]
    assert doc.blocks[0].text.endswith("لتوسيع نطاق العمل المشترك في المنطقة.")
    assert doc.blocks[1].text == "تحمل الفقرات المفترضة في هذا الجزء ترقيما خاصا بالبرنامج المتخيل."
    assert doc.blocks[3].text == "صدر هذا المرفق كما ورد."
    # the marks between the star and its text are the note's too
    doc = parse([rtl(FULL[0] + ltr(".")), "(*) " + RLE + " صدر هذا المرفق كما ورد."])
    assert body(doc) == [("paragraph", ""), ("footnote", "*")]


def test_a_running_header_with_a_doubled_slash_is_furniture():
    # "E/ESCWA//2031/1": a typist's slip in the page's header, no heading
    for symbol in ("E/ESCWA//2031/1", "E/ESCWA/XYZ//2031/1"):
        doc = parse([rtl(ltr("-1") + FULL[0]), "\f" + rtl(ltr(symbol)), "", rtl(FULL[1] + ltr(".")),
                     rtl(ltr("-2") + FULL[2] + ltr("."))])
        assert body(doc) == [("paragraph", "1"), ("paragraph", "2")]
        assert [r.role for r in doc.regions if symbol in doc.text[r.start:r.end]] == ["header"]
    # a slash doubled twice, or at the end, is no symbol's
    doc = parse([rtl(ltr("-1") + FULL[0]), "\f" + rtl(ltr("E//ESCWA//2031")), "", rtl(FULL[1] + ltr(".")),
                 rtl(ltr("-2") + FULL[2] + ltr("."))])
    assert "E//ESCWA//2031" in doc.blocks[0].text


def test_a_resolution_number_the_extractor_turned_round():
    # "2216 (2015)." as a left-to-right run read off a right-to-left line:
    # the full stop first, the year's brackets turned, the number last
    doc = parse([rtl(ltr("-1") + "يظل الحظر المفروض بموجب القرار " + ltr(" .)2031( 4216") +
                     "وتعمل الأمم المتحدة على تنفيذه في جميع المحافظات.")])
    got = [(e.label, e.value) for b in doc.blocks for e in b.entities if e.label == "RESOLUTION"]
    assert got == [("RESOLUTION", "4216 (2031)")]
