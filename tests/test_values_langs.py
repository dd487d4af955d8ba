"""Language-free values (MONEY, QUANTITY, DATE, RESOLUTION, AGENDA_ITEM,
PROVISION) as French, Spanish, Russian, Arabic and English reports write
them, each class with a negative: the same value in every language
(ANNOTATION.md, "The six languages").  Made-up text throughout."""
import paratag


def values(text, lang, label):
    doc = paratag.parse(text, lang=lang)
    return [(e.text, e.value) for b in doc.blocks for e in b.entities if e.label == label]


# ---- money --------------------------------------------------------------

def test_a_currency_written_once_for_the_amounts_of_its_sentence():
    # the scale repeated, the currency not: each amount in that currency
    assert values("1. Les recettes ont atteint 40,2 millions de dollars, dont 7,5 millions "
                  "sont allés aux dépenses.", "fr", "MONEY") == [
        ("40,2 millions de dollars", "USD 40200000"), ("7,5 millions", "USD 7500000")]
    assert values("1. Unos ingresos de 40,2 millones de dólares, unos gastos de 31,6 millones "
                  "y unas inversiones de 2,4 millones.", "es", "MONEY") == [
        ("40,2 millones de dólares", "USD 40200000"), ("31,6 millones", "USD 31600000"),
        ("2,4 millones", "USD 2400000")]
    assert values("1. Доходы составили 40,2 млн. долл. США, а расходы 31,6 млн. и 2,4 млн.",
                  "ru", "MONEY") == [("40,2 млн. долл. США", "USD 40200000"),
                                     ("31,6 млн.", "USD 31600000"), ("2,4 млн.", "USD 2400000")]


def test_an_elided_currency_needs_an_amount_before_it_in_its_sentence():
    # a count of people after its scale, a new sentence, no amount before
    assert values("1. Un don de 5 millions de dollars pour 2 millions de personnes.", "fr",
                  "MONEY") == [("5 millions de dollars", "USD 5000000")]
    assert values("1. Il a reçu 5 millions de dollars. Au total, 2 millions vivent ici.",
                  "fr", "MONEY") == [("5 millions de dollars", "USD 5000000")]
    assert values("1. Выделено 5 млн. долл. США для 2 млн. человек.", "ru", "MONEY") == [
        ("5 млн. долл. США", "USD 5000000")]
    assert values("1. Le PIB atteignait 318,4 millions en 2014.", "fr", "MONEY") == []


def test_a_range_of_amounts_shares_its_currency_and_scale():
    # the first amount takes the second's currency, and its scale where
    # the range then rises
    assert values("1. Le coût varie entre 3 et 4 millions de dollars.", "fr", "MONEY") == [
        ("3", "USD 3000000"), ("4 millions de dollars", "USD 4000000")]
    assert values("1. Costó entre 45.000 y 3 millones de dólares.", "es", "MONEY") == [
        ("45.000", "USD 45000"), ("3 millones de dólares", "USD 3000000")]
    assert values("1. بين 000 45 و 3 مليون دولار.", "ar", "MONEY") == [
        ("000 45", "USD 45000"), ("3 مليون دولار", "USD 3000000")]
    # a year before "and" is a year
    assert values("1. en 2013 y 3 millones de dólares", "es", "MONEY") == [
        ("3 millones de dólares", "USD 3000000")]


def test_arabic_decimals_before_the_groups_the_extractor_turned_round():
    # "1 731.5" as the extractor leaves it: the thousands after the decimals
    assert values("1. بلغ المجموع 846.2 3 مليون دولار.", "ar", "MONEY") == [
        ("846.2 3 مليون دولار", "USD 3846200000")]
    # two numbers of a table's row stay two
    assert values("1. الجدول 125.5 3 4", "ar", "MONEY") == []


def test_english_euro_glued_to_its_amount():
    # "Euro" as extractors write the euro sign, glued to the amount; a
    # name with a space after it is no amount
    assert values("1. Sweden gave Euro2.5 million to the Euro 2020 fund.", "en", "MONEY") == [
        ("Euro2.5 million", "EUR 2500000")]


# ---- quantities ---------------------------------------------------------

def test_more_than_in_every_language():
    for text, lang, want in [("Plus de 3 000 personnes", "fr", ">3000"),
                             ("más de 3.000 personas", "es", ">3000"),
                             ("свыше 3000 человек", "ru", ">3000"),
                             ("plus de 65 % des États", "fr", ">0.65"),
                             ("ما يزيد على 65 في المائة", "ar", ">0.65")]:
        assert [v for _, v in values("1. " + text, lang, "QUANTITY")] == [want], text
    # "no more than" is at most: the number itself
    for text, lang, want in [("pas plus de 30 personnes", "fr", "30"),
                             ("не более 30 человек", "ru", "30"),
                             ("no more than 30 per cent", "en", "0.3")]:
        assert [v for _, v in values("1. " + text, lang, "QUANTITY")] == [want], text


def test_percent_words_in_every_case_and_in_words():
    assert values("1. Сорок пять процентов женщин и 60 процентам детей.", "ru",
                  "QUANTITY") == [("Сорок пять процентов", "0.45"), ("60 процентам", "0.6")]
    assert values("1. quinze pour cent des pays", "fr", "QUANTITY") == [
        ("quinze pour cent", "0.15")]


def test_one_third_and_one_quarter():
    for text, lang, want in [("un tiers des pays", "fr", ("un tiers", "0.3333")),
                             ("un quart des pays", "fr", ("un quart", "0.25")),
                             ("un tercio de los países", "es", ("un tercio", "0.3333")),
                             ("одна треть стран", "ru", ("одна треть", "0.3333"))]:
        assert values("1. " + text, lang, "QUANTITY") == [want], text
    # "un" before another noun is an article
    assert values("1. un rapport et un pays", "fr", "QUANTITY") == []


def test_capitalised_counted_nouns_after_digits_and_a_lower_case_word():
    assert values("1. Les rapports de 57 États Membres et de 31 Parties.", "fr",
                  "QUANTITY") == [("57 États", "57"), ("31 Parties", "31")]
    # after digits alone a capitalised word is a heading's title
    assert values("5 Introduction", "fr", "QUANTITY") == []


def test_grades_models_and_numbered_sections_count_nothing():
    for text, lang in [("un poste P-4 et un poste D-2", "fr"),
                       ("the GEO-6 process and one P-3 post", "en"),
                       ("самолет B-737 нарушил правила", "ru"),
                       ("статьями 4.1 и 4.3 положения", "ru"),
                       ("В действии 7 плана действий; Таблицу 12 заменить", "ru"),
                       ("датируется 1812 годом", "ru")]:
        assert values("1. " + text, lang, "QUANTITY") == [], text
    # a range of counts still counts
    assert values("1. entre 10 y 15 personas", "es", "QUANTITY") == [("15 personas", "15")]


def test_arabic_teens_after_a_clitic_and_ordinal_teens():
    # the teen's first word after a clitic; an ordinal teen counts nothing
    assert values("1. حدد بسبعة عشر عاماً.", "ar", "QUANTITY") == [("سبعة عشر عاماً", "17")]
    assert values("1. في الاجتماع الثالث عشر نظرت اللجنة.", "ar", "QUANTITY") == []
    # ten alone still counts
    assert values("1. هناك عشرة خبراء.", "ar", "QUANTITY") == [("عشرة خبراء", "10")]


def test_arabic_function_words_after_a_number_are_no_counted_noun():
    for text in ["بلغ عددهم 37 وعلاوة على ذلك", "القائمة 12 بشأن المسائل", "وصل 40 هو الرقم"]:
        assert values("1. " + text, "ar", "QUANTITY") == [], text


def test_arabic_fractions():
    assert values("1. وافق ثلثا الأعضاء، ثم ثلث البلدان، ثم ثلاثة أرباعها.", "ar",
                  "QUANTITY") == [("ثلثا", "0.6667"), ("ثلث", "0.3333"),
                                  ("ثلاثة أرباعها", "0.75")]
    # the ordinal "the third" is no fraction
    assert values("1. الثلث الأخير", "ar", "QUANTITY") == []


def test_numbers_of_five_digits_or_more_written_ungrouped_are_identifiers():
    # fr, es, ru, ar group thousands: 16304 is a norm's or a ship's number
    assert values("1. la norme 27514 concernant les ports", "fr", "QUANTITY") == []
    assert values("1. 27 514 personnes", "fr", "QUANTITY") == [("27 514 personnes", "27514")]


# ---- provisions ---------------------------------------------------------

def test_a_provision_parts_value_is_written_one_way_in_every_language():
    # a space before the first bracketed part, none between parts
    for text, lang in [("article 9(2)(c) of the Act", "en"),
                       ("article 9 (2) (c) of the Act", "en"),
                       ("l'article 9 2) c) de la loi", "fr"),
                       ("el artículo 9 2) c) de la ley", "es"),
                       ("المادة 9 (2) (ج) من القانون", "ar")]:
        assert [v for _, v in values("1. " + text, lang, "PROVISION")] == [
            "article 9 (2)(c)"], text


def test_a_span_of_paragraphs_with_a_spaced_or_en_dash_is_one_provision():
    for text, lang in [("paras. 41-45", "en"), ("paragraphs 41–45", "en"),
                       ("пункты 41 - 45", "ru"), ("الفقرات 41-45", "ar")]:
        assert [v for _, v in values("1. (" + text + ").", lang, "PROVISION")] == [
            "paragraph 41-45"], text
    # not a span that falls, nor a year after a number
    assert [v for _, v in values("1. пункты 45 - 41", "ru", "PROVISION")] == ["paragraph 45"]
    assert [v for _, v in values("1. статьи 7 - 2016 года", "ru", "PROVISION")] == [
        "article 7"]


def test_a_span_written_with_a_word_or_a_spaced_en_dash_is_english_s_span():
    for text, lang in [("paragraphes 41 à 45", "fr"), ("párrafos 41 a 45", "es"),
                       ("пункты 41 – 45", "ru")]:
        assert values("1. Voir " + text + ".", lang, "PROVISION") == [
            (text, "paragraph 41-45")], text
    # a list goes on after the span; "a" before no number joins nothing
    assert [v for _, v in values("1. aux articles 3 à 5 et 7", "fr", "PROVISION")] == [
        "article 3-5", "article 7"]
    assert [v for _, v in values("1. del artículo 5 a la fecha", "es", "PROVISION")] == [
        "article 5"]


def test_chinese_sub_articles_and_sub_paragraphs():
    assert values("1. 见第3.2条和第118.4段,以及第7-1 条。", "zh", "PROVISION") == [
        ("第3.2条", "article 3.2"), ("第118.4段", "paragraph 118.4"),
        ("第7-1 条", "article 7-1")]
    # a Chinese numeral's article keeps its value
    assert values("1. 第十二条", "zh", "PROVISION") == [("第十二条", "article 12")]


# ---- dates, resolutions, numbers as translated English writes them -------

def test_a_range_of_months_in_every_language():
    for text, lang in [("from March 2011 through June 2013", "en"),
                       ("de mars 2011 à juin 2013", "fr"),
                       ("de marzo de 2011 a junio de 2013", "es"),
                       ("desde marzo de 2011 hasta junio de 2013", "es"),
                       ("с марта 2011 года по июнь 2013 года", "ru")]:
        assert [v for _, v in values("1. " + text, lang, "DATE")] == ["2011-03/2013-06"], text
    # a month and a later year alone are two dates
    assert [v for _, v in values("1. en mars 2011 à 2013", "fr", "DATE")] == ["2011-03", "2013"]


def test_quarters_and_halves_of_a_year_in_every_language():
    for text, lang, value in [
            ("in the first quarter of 2025", "en", "2025-01/2025-03"),
            ("au premier trimestre de 2025", "fr", "2025-01/2025-03"),
            ("au second semestre 2024", "fr", "2024-07/2024-12"),
            ("en el último trimestre de 2023", "es", "2023-10/2023-12"),
            ("en el primer semestre de 2024", "es", "2024-01/2024-06"),
            ("в первом квартале 2025 года", "ru", "2025-01/2025-03"),
            ("во втором полугодии 2024 года", "ru", "2024-07/2024-12")]:
        assert [v for _, v in values("1. " + text, lang, "DATE")] == [value], text
    # an ordinal of something else, and a quarter without its year
    assert [v for _, v in values("1. le premier rapport de 2025", "fr", "DATE")] == ["2025"]
    assert values("1. первый заместитель в квартале", "ru", "DATE") == []


def test_treaty_bodies_general_comments_have_one_value_in_every_language():
    for text, lang, span in [
            ("general recommendation No. 28 (2010)", "en", "general recommendation No. 28 (2010)"),
            ("la recommandation générale no 28 (2010)", "fr", "recommandation générale no 28 (2010)"),
            ("la recomendación general núm. 28", "es", "recomendación general núm. 28"),
            ("в общей рекомендации № 28", "ru", "общей рекомендации № 28"),
            ("والتوصية العامة رقم 28", "ar", "التوصية العامة رقم 28"),
            ("委员会第28（2010）号一般性建议", "zh", "第28（2010）号一般性建议")]:
        assert values("1. " + text + ".", lang, "INSTRUMENT") == [
            (span, "general recommendation No. 28")], text
    assert values("1. l'observation générale no 18 et le general comment No. 7.", "fr",
                  "INSTRUMENT")[0] == ("observation générale no 18", "general comment No. 18")
    # no number, no instrument
    assert values("1. the general comment of the Committee.", "en", "INSTRUMENT") == []


def test_russian_months_in_the_dative():
    assert values("1. к июню 2025 года и к марту 2026 года", "ru", "DATE") == [
        ("июню 2025 года", "2025-06"), ("марту 2026 года", "2026-03")]


def test_arabic_economic_and_social_council_resolution_the_extractor_turned_round():
    # "1998/15" read off a right-to-left line as "15/1998"
    assert values("1. بموجب قراره 15/1998 والقرار 70/1", "ar", "RESOLUTION") == [
        ("قراره 15/1998", "1998/15"), ("القرار 70/1", "70/1")]
    # English keeps what it writes
    assert [v for _, v in values("1. resolution 15/1998", "en", "RESOLUTION")] == ["15/1998"]


def test_trillions():
    assert values("1. 2,4 billones de dólares", "es", "MONEY") == [
        ("2,4 billones de dólares", "USD 2400000000000")]
    assert values("1. 2,4 трлн. долл. США", "ru", "MONEY") == [
        ("2,4 трлн. долл. США", "USD 2400000000000")]


def test_english_thousands_grouped_with_full_stops():
    assert values("1. more than 48.000 refugees and 2.300.000 people", "en", "QUANTITY") == [
        ("more than 48.000", ">48000"), ("2.300.000", "2300000")]
    # a decimal stays one
    assert values("1. 2.500 tonnes", "en", "QUANTITY") == [("2.500 tonnes", "2.5")]


def test_resolutions_after_the_name_of_their_body_and_arabic_lists():
    assert values("1. las resoluciones del Consejo de Seguridad 661 (1990) y 687 (1991)",
                  "es", "RESOLUTION") == [("661 (1990)", "661 (1990)"),
                                          ("687 (1991)", "687 (1991)")]
    assert values("1. les résolutions du Conseil de sécurité 661 (1990) et 687 (1991)",
                  "fr", "RESOLUTION") == [("661 (1990)", "661 (1990)"),
                                          ("687 (1991)", "687 (1991)")]
    # a year after the body is no resolution's number
    assert values("1. la resolución del Consejo de Seguridad de 2012", "es",
                  "RESOLUTION") == []
    # Arabic lists with the Arabic comma and "and"
    assert [v for _, v in values("1. قرارات مجلس الأمن 661 (1990)، و 687 (1991)، و 688 (1991).",
                                 "ar", "RESOLUTION")] == ["661 (1990)", "687 (1991)",
                                                          "688 (1991)"]


def test_agenda_items_with_a_possessive_continued_or_from_a_preliminary_list():
    for text, lang, want in [("по пункту 71 ее повестки дня", "ru", "71"),
                             ("au point 71 de son ordre du jour", "fr", "71"),
                             ("Пункт 12 (продолжение)", "ru", "12"),
                             ("Point 12 (suite)", "fr", "12"),
                             ("Пункт 140 первоначального перечня*", "ru", "140")]:
        prefix = "" if text[0].isupper() else "1. "
        assert [v for _, v in values(prefix + text, lang, "AGENDA_ITEM")] == [want], text
    # a paragraph of a report stays a paragraph
    assert values("1. в пункте 5 доклада", "ru", "AGENDA_ITEM") == []


def test_chinese_counts_with_a_scale():
    assert values("1. 已有230万人和6.4亿人,约300多万名儿童,总计80亿。", "zh", "QUANTITY") == [
        ("230万人", "2300000"), ("6.4亿人", "640000000"), ("300多万名", ">3000000"),
        ("80亿", "8000000000")]
    # with its currency an amount
    assert values("1. 捐款230万美元", "zh", "MONEY") == [("230万美元", "USD 2300000")]
    # a year before 国际 (international) counts no country
    assert values("1. 2019国际土著语言年", "zh", "QUANTITY") == []


def test_the_yen():
    assert values("1. earned 3 million yen", "en", "MONEY") == [("3 million yen", "JPY 3000000")]
    assert values("1. 3 millions de yens", "fr", "MONEY") == [("3 millions de yens", "JPY 3000000")]


def test_times_of_day_count_nothing():
    for text, lang in [("de 9 heures à 12 heures", "fr"), ("vers 16 heures", "fr"),
                       ("после 23 часов", "ru"), ("at 0900 hours", "en"),
                       ("between 0900 and 1300 hours", "en"), ("at 2000 hours", "en")]:
        assert values("1. " + text, lang, "QUANTITY") == [], text
        assert values("1. " + text, lang, "DATE") == [], text
    # durations count
    assert values("1. pendant 16 heures", "fr", "QUANTITY") == [("16 heures", "16")]
    assert values("1. 1,300 hours of work", "en", "QUANTITY") == [("1,300 hours", "1300")]


def test_french_ci_dessus_is_no_counted_noun():
    assert values("1. voir les paragraphes 41 et 42 ci-dessus", "fr", "QUANTITY") == []


def test_arabic_teens_whatever_their_gender_or_article():
    assert values("1. بلغ من العمر تسعة عشرة سنة.", "ar", "QUANTITY") == [
        ("تسعة عشرة سنة", "19")]
    assert values("1. خلال فترة الاثني عشر شهراً المقبلة", "ar", "QUANTITY") == [
        ("اثني عشر شهراً", "12")]
    # the fifteenth is an ordinal
    assert values("1. في الاجتماع الخامس عشر", "ar", "QUANTITY") == []


def test_arabic_and_before_the_next_phrase_is_no_counted_noun():
    for text in ["الفقرة 41 وأكد المؤتمر", "القانون 12-345 وأي تعديلات", "الهدف واو-4 وياء-2"]:
        assert values("1. " + text, "ar", "QUANTITY") == [], text
    # nouns that begin with و count
    assert values("1. أنشئت 23 وظيفة", "ar", "QUANTITY") == [("23 وظيفة", "23")]


def test_maghreb_month_names():
    assert [v for _, v in values("1. في ٢ دجنبر 2014 و 5 جانفي 2015 وفي غشت 2013", "ar",
                                 "DATE")] == ["2014-12-02", "2015-01-05", "2013-08"]


def test_english_tens_and_units_without_a_hyphen():
    assert values("1. plus seventy five per cent of it", "en", "QUANTITY") == [
        ("seventy five per cent", "0.75")]
    assert values("1. sixty four States", "en", "QUANTITY") == [("sixty four", "64")]
    # a ten after a ten is no unit of it
    assert [v for _, v in values("1. twenty thirty", "en", "QUANTITY")] == ["20"]


def test_russian_numbers_compounded_with_their_unit():
    for text, want in [("на 10-месячный период", ("10-месячный", "10")),
                       ("арестовали 16летнюю девочку", ("16летнюю", "16")),
                       ("в течение пятилетнего периода", ("пятилетнего", "5")),
                       ("на трехмесячный срок", ("трехмесячный", "3")),
                       ("ввел 40-процентную квоту", ("40-процентную", "0.4"))]:
        assert values("1. " + text, "ru", "QUANTITY") == [want], text
    # the biennium is no count
    assert values("1. в течение двухгодичного периода", "ru", "QUANTITY") == []


def test_a_percentage_governs_the_number_before_it_in_every_language():
    for text, lang in [("45 и 46 процентов", "ru"), ("entre 45 et 46 %", "fr"),
                       ("entre el 45 y el 46%", "es"), ("del 45 al 46%", "es"),
                       ("45 and 46 per cent", "en")]:
        assert [v for _, v in values("1. " + text, lang, "QUANTITY")] == [
            "0.45", "0.46"], text
    # a comma moves on
    assert [v for _, v in values("1. 36 070 personnes, 0,9 % de moins", "fr",
                                 "QUANTITY")] == ["36070", "0.009"]


def test_decimal_measures_and_one_letter_units():
    for text, lang, want in [("Superficie: 412,6 km².", "es", ("412,6 km", "412.6")),
                             ("une superficie de 12,5 hectares", "fr", ("12,5 hectares", "12.5")),
                             ("a 300 m al norte", "es", ("300 m", "300")),
                             ("в течение 2,5 лет", "ru", ("2,5 лет", "2.5"))]:
        assert values("1. " + text, lang, "QUANTITY") == [want], text
    # a decimal alone is no count
    assert values("1. le coefficient de 0,5", "fr", "QUANTITY") == []


def test_spanish_decimal_point_and_thousands():
    # a full stop before one or two digits marks decimals, before three groups
    assert values("1. bajó del 14.7 % al 6.2%", "es", "QUANTITY") == [
        ("14.7 %", "0.147"), ("6.2%", "0.062")]
    assert values("1. 30.4 millones de dólares y 10.600 dólares", "es", "MONEY") == [
        ("30.4 millones de dólares", "USD 30400000"), ("10.600 dólares", "USD 10600")]
    assert values("1. 100 mil personas", "es", "QUANTITY") == [("100 mil", "100000")]


def test_spanish_relative_dates_and_function_words_after_a_number():
    assert values("1. en los diez últimos años", "es", "QUANTITY") == []
    assert values("1. la norma 9 sobre el tema y la regla 12 es clara", "es", "QUANTITY") == []


def test_chinese_resolutions_each_with_its_number_mark():
    assert [v for _, v in values("1. 违反第661(1990)号、第687(1991)号和第688(1991)号决议。", "zh",
                                 "RESOLUTION")] == ["661 (1990)", "687 (1991)", "688 (1991)"]
    # their years are no dates of their own
    assert values("1. 违反第661(1990)号、第687(1991)号和第688(1991)号决议。", "zh", "DATE") == []


def test_chinese_vague_numbers_and_relative_periods_count_nothing():
    for text in ["另有数十人受伤", "近几十年来", "在过去十年中", "过去的6个月", "未来五年"]:
        assert values("1. " + text, "zh", "QUANTITY") == [], text
    # "nearly" before people counts them
    assert values("1. 近200人参加", "zh", "QUANTITY") == [("200人", "200")]


def test_russian_abbreviated_article_is_a_numbered_thing():
    assert values("1. Согласно ст. 7 этого закона", "ru", "QUANTITY") == []


def test_a_things_number_after_a_number_sign_is_no_year_and_no_count():
    # a decree's number in the years' range dates nothing, counts nothing,
    # and gives the sentence no year; a bracketed year after a number marks
    # a resolution's number the same way
    for lang, text in [
            ("en", "1. Presidential decision No. 2046 of 3 May 2011 set it up."),
            ("fr", "1. Le décret no 2046 a été signé le 3 mai."),
            ("es", "1. El decreto núm. 2046 se publicó el 3 de mayo."),
            ("ru", "1. Указ № 2046 был подписан 3 мая."),
            ("zh", "1. 第2046号法令于5月3日发布。")]:
        doc = paratag.parse(text, lang=lang)
        found = [(e.label, e.value) for b in doc.blocks for e in b.entities]
        assert ("DATE", "2046") not in found and ("QUANTITY", "2046") not in found, found
        assert not [v for label, v in found if label == "DATE" and v.startswith("2046")], found
    assert values("1. In resolution 2046 (2012), adopted on 2 May, the Council acted.", "en",
                  "DATE") == []
    # a year stays a year, and a count a count, where no sign comes before
    assert values("1. Le décret a été signé en 2011 et publié le 3 mai.", "fr", "DATE") == [
        ("2011", "2011"), ("3 mai", "2011-05-03")]
    assert values("1. La loi no 45 touche 300 familles.", "fr", "QUANTITY") == [
        ("300 familles", "300")]
    assert values("1. There were no 2011 figures, and 300 families left.", "en",
                  "DATE") == [("2011", "2011")]


def test_a_pronoun_verb_or_conjunction_after_a_number_is_no_counted_noun():
    # the number's clause goes on; the noun after a number is still counted
    assert values("1. De ellos, 4.576 se distribuyen en 58 comunidades, y 79 como máximo.",
                  "es", "QUANTITY") == [("58 comunidades", "58")]
    assert values("1. Au total, 62 ont été blessés dans 12 villages.", "fr",
                  "QUANTITY") == [("12 villages", "12")]
    assert values("1. Из них 46 были ранены в 12 деревнях.", "ru", "QUANTITY") == [
        ("12 деревнях", "12")]


def test_percentage_points_are_shares_in_every_language():
    for text, lang, span in [
            ("1. Spending rose by 2.6 percentage points.", "en", "2.6 percentage points"),
            ("1. El gasto aumentó 2,6 puntos porcentuales.", "es", "2,6 puntos porcentuales"),
            ("1. Les dépenses ont augmenté de 2,6 points de pourcentage.", "fr",
             "2,6 points de pourcentage"),
            ("1. Расходы выросли на 2,6 процентного пункта.", "ru", "2,6 процентного пункта"),
            ("1. ارتفع الإنفاق بمقدار 2.6 نقطة مئوية.", "ar", "2.6 نقطة مئوية")]:
        doc = paratag.parse(text, lang=lang)
        assert [(e.text, e.value) for e in doc.entities if e.label == "QUANTITY"] == [
            (span, "0.026")], lang


# ---- a currency several States share --------------------------------------

def test_a_shared_currency_name_is_the_currency_of_the_state_named():
    # "shillings", "pesos", "先令", "ريال", "francs CFA": the State its
    # paragraph names before it, else after it, else the one the document
    # has named most
    doc = ("1. Kenya and Uganda met in Nairobi, Kenya.\n\n2. Kenya raised the levy to 5,000 shillings.\n\n"
           "3. Uganda paid 200 shillings.\n\n4. Fees rose to 700 shillings.\n")
    assert values(doc, "en", "MONEY") == [("5,000 shillings", "KES 5000"),
                                         ("200 shillings", "UGX 200"),
                                         ("700 shillings", "KES 700")]
    assert values("1. Se pagaron 4.065 pesos por día en Colombia.", "es", "MONEY") == [
        ("4.065 pesos", "COP 4065")]
    assert values("1. 肯尼亚政府拨款 35 000 先令。", "zh", "MONEY") == [
        ("35 000 先令", "KES 35000")]
    assert values("1. ارتفع السعر في اليمن إلى 2,150 ريالا.", "ar", "MONEY") == [
        ("2,150 ريالا", "YER 2150")]
    assert values("1. Le Niger a reçu 500 millions de francs CFA; le Tchad, 2 milliards "
                  "de francs CFA.", "fr", "MONEY") == [
        ("500 millions de francs CFA", "XOF 500000000"),
        ("2 milliards de francs CFA", "XAF 2000000000")]


def test_a_shared_currency_name_with_no_state_of_it_named_is_no_money():
    # no State of the shilling named; France has no peso; two States named
    # as often with two currencies: nothing decides
    assert values("1. The levy rose to 5,000 shillings.", "en", "MONEY") == []
    assert values("1. Francia pagó 300 pesos.", "es", "MONEY") == []
    assert values("1. Kenya and Uganda agreed.\n\n2. The levy rose to 5,000 shillings.\n",
                  "en", "MONEY") == []


def test_a_sign_of_letters_or_of_several_currencies_takes_the_states():
    # CLDR's signs in the currency's own territories ("Ksh", "L", "RD$"),
    # the UN's "CFAF": a sign of letters needs its State named, a letter
    # alone a scale after its amount; a symbol is no amount in soles
    assert values("1. In Honduras, L 96.4 million went to schools, Ksh 300 to "
                  "nothing, as annex L 5 shows.", "en", "MONEY") == [
        ("L 96.4 million", "HNL 96400000")]
    assert values("1. The Dominican Republic spent RD$ 180 and the Central African "
                  "Republic CFAF 1.9 billion.", "en", "MONEY") == [
        ("RD$ 180", "DOP 180"), ("CFAF 1.9 billion", "XAF 1900000000")]
    assert values("1. Véase S/2025/238; en el Perú, S/ 5.000.", "es", "MONEY") == [
        ("S/ 5.000", "PEN 5000")]


def test_special_drawing_rights_are_money_in_every_language():
    # the IMF's unit of account, no State's legal tender: CLDR's names, the
    # IMF's "SDR", Russian's "СДР"
    assert values("1. Quotas rose to SDR 100 million and 5 million special drawing rights.",
                  "en", "MONEY") == [("SDR 100 million", "XDR 100000000"),
                                     ("5 million special drawing rights", "XDR 5000000")]
    assert values("1. 基金共计 1 000 亿特别提款权。", "zh", "MONEY") == [
        ("1 000 亿特别提款权", "XDR 100000000000")]
    assert values("1. Квоты: 20 млн. СДР.", "ru", "MONEY") == [("20 млн. СДР", "XDR 20000000")]
    # "rights" alone is no currency
    assert values("1. They hold 5 million rights.", "en", "MONEY") == []


def test_how_often_after_an_amount_is_no_noun_it_counts():
    # "mensuales", "annuels": adjectives; the amount stays money
    assert values("1. En el Brasil ganan hasta R$ 5.000 mensuales.", "es", "MONEY") == [
        ("R$ 5.000", "BRL 5000")]
    assert values("1. Le Mali verse 300 euros annuels.", "fr", "MONEY") == [
        ("300 euros", "EUR 300")]
    assert values("1. Se otorgan 20 anuales.", "es", "QUANTITY") == []


def test_decisions_of_a_treatys_conference_of_the_parties():
    # "decision 21/COP.16", "1/CP.21", "2/CMA.3" in every language: the
    # decision as written, no count of 16; "5/COP.x" is none
    assert values("1. Recalling decision 21/COP.16, decisions 1/CP.21 and 2/CMA.3, "
                  "and 5/COP.x.", "en", "RESOLUTION") == [
        ("decision 21/COP.16", "21/COP.16"), ("decisions 1/CP.21", "1/CP.21"),
        ("2/CMA.3", "2/CMA.3")]
    assert values("1. Recordando la decisión 21/COP.16.", "es", "RESOLUTION") == [
        ("decisión 21/COP.16", "21/COP.16")]
    assert values("1. Ссылаясь на решение 1/CP.21.", "ru", "RESOLUTION") == [
        ("решение 1/CP.21", "1/CP.21")]
    assert values("1. Recalling decision 21/COP.16.", "en", "QUANTITY") == []


def test_what_a_shared_currency_name_is_not():
    # the pound, a weight too; French "Le" before a date; an amount no
    # State decides is a count, not lost; many amounts after two States
    # each take the one named last
    assert values("1. The Sudan received 3,000 pounds of seeds.", "en", "MONEY") == []
    assert values("1. La Sierra Leone. Le 1er mars et Le 31 décembre.", "fr", "MONEY") == []
    assert values("1. The levy rose to 7,000 shillings.", "en", "QUANTITY") == [
        ("7,000 shillings", "7000")]
    text = "1. In Uganda and then Kenya the costs were " + ", ".join(
        f"{k} shillings" for k in range(100, 170)) + "."
    got = values(text, "en", "MONEY")
    assert len(got) == 70 and all(v.startswith("KES ") for t, v in got)
