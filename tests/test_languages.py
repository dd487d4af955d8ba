"""French, Spanish, Russian and Arabic: every label's values as English
gives them (ANNOTATION.md, "The six languages"), and which language a text
is in.  The texts are made up; each case pins what a user sees: the span
and the value, and where nothing may be tagged, that nothing is."""
import collections

import pytest

import paratag
from conftest import CORPUS, data_files


def ents(text, lang, label=None):
    doc = paratag.parse(text, lang=lang)
    return [(e.label, e.text, e.value) for b in doc.blocks for e in b.entities
            if label is None or e.label == label]


# ---- label by label: (language, text, label, [(span, value), ...]) -------

CASES = [
    # DATE: month names of each language, ranges with each one's connectors
    ("fr", "Adopté le 6 juin 2018 à Genève.", "DATE", [("6 juin 2018", "2018-06-06")]),
    ("fr", "Réunion du 21 au 22 mars 2018.", "DATE", [("21 au 22 mars 2018", "2018-03-21/2018-03-22")]),
    ("fr", "Depuis le 1er décembre 2019.", "DATE", [("1er décembre 2019", "2019-12-01")]),
    ("es", "Aprobado el 6 de junio de 2018.", "DATE", [("6 de junio de 2018", "2018-06-06")]),
    ("es", "Desde junio de 2014 hasta hoy.", "DATE", [("junio de 2014", "2014-06")]),
    ("es", "Los días 24 y 25 de octubre de 2013.", "DATE",
     [("24 y 25 de octubre de 2013", "2013-10-24/2013-10-25")]),
    ("es", "Viena, 18 a 22 de mayo de 2015", "DATE",
     [("18 a 22 de mayo de 2015", "2015-05-18/2015-05-22")]),
    ("ru", "Принято 6 июня 2018 года.", "DATE", [("6 июня 2018 года", "2018-06-06")]),
    ("ru", "С 3 по 5 февраля 2015 года.", "DATE",
     [("3 по 5 февраля 2015 года", "2015-02-03/2015-02-05")]),
    ("ru", "В июне 2014 года и в марте 2015 года.", "DATE",
     [("июне 2014 года", "2014-06"), ("марте 2015 года", "2015-03")]),
    ("ru", "На период 2016 - 2017 годов.", "DATE", [("2016 - 2017 годов", "2016/2017")]),
    ("ar", "اعتمد في 6 حزيران/يونيه 2018 في جنيف.", "DATE",
     [("6 حزيران/يونيه 2018", "2018-06-06")]),
    ("ar", "في كانون الثاني/يناير 2018.", "DATE", [("كانون الثاني/يناير 2018", "2018-01")]),
    ("ar", "من 3 إلى 5 شباط/فبراير 2015.", "DATE",
     [("3 إلى 5 شباط/فبراير 2015", "2015-02-03/2015-02-05")]),
    ("ar", "يومي 17 و18 تشرين الأول/ أكتوبر 2014.", "DATE",
     [("17 و18 تشرين الأول/ أكتوبر 2014", "2014-10-17/2014-10-18")]),
    # MONEY: each language's number writing and currency words
    ("fr", "Un crédit de 10 600 dollars et 321 millions de dollars.", "MONEY",
     [("10 600 dollars", "USD 10600"), ("321 millions de dollars", "USD 321000000")]),
    ("fr", "Soit 277,9 millions d’euros.", "MONEY", [("277,9 millions d’euros", "EUR 277900000")]),
    ("es", "Un crédito de 10.600 dólares y 3,2 millones de dólares.", "MONEY",
     [("10.600 dólares", "USD 10600"), ("3,2 millones de dólares", "USD 3200000")]),
    ("es", "La suma de 3.444.250 dólares.", "MONEY", [("3.444.250 dólares", "USD 3444250")]),
    ("ru", "Выделено 321 млн. долл. США и 10 600 долл. США.", "MONEY",
     [("321 млн. долл. США", "USD 321000000"), ("10 600 долл. США", "USD 10600")]),
    ("ru", "Всего 4,8 млн. евро.", "MONEY", [("4,8 млн. евро", "EUR 4800000")]),
    ("ar", "مبلغ 321 مليون دولار و 1,5 مليون يورو.", "MONEY",
     [("321 مليون دولار", "USD 321000000"), ("1,5 مليون يورو", "EUR 1500000")]),
    # the extractor turns Arabic's space-grouped numbers round: 600 10 is 10 600
    ("ar", "بمبلغ 600 10 دولار و 250 444 3 دولارا.", "MONEY",
     [("600 10 دولار", "USD 10600"), ("250 444 3 دولارا", "USD 3444250")]),
    ("ar", "بمبلغ 10 600 دولار.", "MONEY", [("10 600 دولار", "USD 10600")]),
    # QUANTITY: the counted noun inside the span, percentages as fractions
    ("fr", "Dans 20 pays, 15 % des 3 000 personnes et deux sessions.", "QUANTITY",
     [("20 pays", "20"), ("15 %", "0.15"), ("3 000 personnes", "3000"),
      ("deux sessions", "2")]),
    ("es", "Unas treinta personas, 15 por ciento y 2,5 % del total.", "QUANTITY",
     [("treinta personas", "30"), ("15 por ciento", "0.15"), ("2,5 %", "0.025")]),
    ("ru", "В 20 странах, 15 процентов, двух сессий и двадцать пять лет.", "QUANTITY",
     [("20 странах", "20"), ("15 процентов", "0.15"), ("двух сессий", "2"),
      ("двадцать пять лет", "25")]),
    ("ar", "في 20 بلدا و 15 في المائة و خمس مناقشات و ثلاثة أشهر.", "QUANTITY",
     [("20 بلدا", "20"), ("15 في المائة", "0.15"), ("خمس مناقشات", "5"),
      ("ثلاثة أشهر", "3")]),
    # a fraction's noun makes the count a fraction
    ("es", "Una mayoría de dos tercios.", "QUANTITY", [("dos tercios", "0.6667")]),
    ("ru", "Две трети стран.", "QUANTITY", [("Две трети", "0.6667")]),
    # RESOLUTION: Russian case forms, Arabic clitics outside the span
    ("fr", "Dans ses résolutions 70/1 et 70/2, et la décision 48/477.", "RESOLUTION",
     [("résolutions 70/1", "70/1"), ("70/2", "70/2"), ("décision 48/477", "48/477")]),
    ("es", "Recordando la resolución 1540 (2004) y las resoluciones 66/209 y 68/195.",
     "RESOLUTION", [("resolución 1540 (2004)", "1540 (2004)"),
                    ("resoluciones 66/209", "66/209"), ("68/195", "68/195")]),
    ("ru", "Ссылаясь на резолюцию 70/1 и резолюцией 2127 (2013).", "RESOLUTION",
     [("резолюцию 70/1", "70/1"), ("резолюцией 2127 (2013)", "2127 (2013)")]),
    ("ru", "Согласно резолюции Совета Безопасности 2118 (2013).", "RESOLUTION",
     [("2118 (2013)", "2118 (2013)")]),
    ("ar", "وإذ يشير إلى القرار 70/1 وبالقرار 70/2 وللقرار 70/3.", "RESOLUTION",
     [("القرار 70/1", "70/1"), ("القرار 70/2", "70/2"), ("للقرار 70/3", "70/3")]),
    ("ar", "بموجب قرار مجلس الأمن 1990 (2011) وقراره 2133 (2014).", "RESOLUTION",
     [("1990 (2011)", "1990 (2011)"), ("قراره 2133 (2014)", "2133 (2014)")]),
    # AGENDA_ITEM: the agenda's name after the number is inside the span
    ("fr", "Au titre du point 5 de l'ordre du jour et du point 3 b) de l’ordre du jour.",
     "AGENDA_ITEM", [("point 5 de l'ordre du jour", "5"),
                     ("point 3 b) de l’ordre du jour", "3 (b)")]),
    ("es", "En relación con el tema 5 del programa.", "AGENDA_ITEM",
     [("tema 5 del programa", "5")]),
    ("ru", "По пункту 5 повестки дня и пункту 113(b) повестки дня.", "AGENDA_ITEM",
     [("пункту 5 повестки дня", "5"), ("пункту 113(b) повестки дня", "113 (b)")]),
    ("ar", "في إطار البند 5 من جدول الأعمال.", "AGENDA_ITEM",
     [("البند 5 من جدول الأعمال", "5")]),
    # Arabic letters its parts in abjad order: (ب) is (b), (ج) is (c)
    ("ar", "البند 7 (ب) من جدول الأعمال", "AGENDA_ITEM",
     [("البند 7 (ب) من جدول الأعمال", "7 (b)")]),
    ("ar", "البندان 40 و 12 (ج) من جدول الأعمال", "AGENDA_ITEM",
     [("البندان 40", "40"), ("12 (ج)", "12 (c)")]),
    ("fr", "Points 40 et 12 c) de l'ordre du jour", "AGENDA_ITEM",
     [("Points 40", "40"), ("12 c)", "12 (c)")]),
    # PROVISION: English keywords for the value
    ("fr", "Selon l'article 52, le paragraphe 12, l'annexe I et le par. 4.", "PROVISION",
     [("article 52", "article 52"), ("paragraphe 12", "paragraph 12"),
      ("annexe I", "annex I"), ("par. 4", "paragraph 4")]),
    ("fr", "Conformément à l'article 15 du Règlement intérieur.", "PROVISION",
     [("article 15", "rule 15")]),
    ("es", "Según el artículo 52 y los párrafos 3 y 4 del capítulo II.", "PROVISION",
     [("artículo 52", "article 52"), ("párrafos 3", "paragraph 3"), ("4", "paragraph 4"),
      ("capítulo II", "chapter II")]),
    ("ru", "Согласно статье 52, пункта 12 и приложения I.", "PROVISION",
     [("статье 52", "article 52"), ("пункта 12", "paragraph 12"), ("приложения I", "annex I")]),
    ("ar", "وفقا للمادة 52 والفقرة 12 والفصل السابع من الميثاق.", "PROVISION",
     [("للمادة 52", "article 52"), ("الفقرة 12", "paragraph 12"),
      ("الفصل السابع", "chapter VII")]),
    # QUANTITY: the noun a scale counts is inside, after "de" in French and
    # Spanish, not a comparative nor a body's name
    ("fr", "Quelque 33,1 millions de personnes et 1,6 million d’enfants, 585 millions de moins.",
     "QUANTITY", [("33,1 millions de personnes", "33100000"),
                  ("1,6 million d’enfants", "1600000"), ("585 millions", "585000000")]),
    ("es", "Unos 4 millones de hectáreas y 2 millones más.", "QUANTITY",
     [("4 millones de hectáreas", "4000000"), ("2 millones", "2000000")]),
    ("ru", "Около 2,6 млн граждан и 1,4 млн девочек.", "QUANTITY",
     [("2,6 млн граждан", "2600000"), ("1,4 млн девочек", "1400000")]),
    # PERSON: each language's honorifics; Arabic names end at a particle
    ("fr", "Le Mali, M. Jean Dupont, et Mme Ana Ruiz ont parlé.", "PERSON",
     [("Jean Dupont", "Jean Dupont"), ("Ana Ruiz", "Ana Ruiz")]),
    ("es", "El Sr. Juan Pérez y la Sra. Ana Ruiz hablaron.", "PERSON",
     [("Juan Pérez", "Juan Pérez"), ("Ana Ruiz", "Ana Ruiz")]),
    ("ru", "Г-н Иван Петров и г-жа Анна Смирнова и гн Муаз аль-Хади.", "PERSON",
     [("Иван Петров", "Иван Петров"), ("Анна Смирнова", "Анна Смирнова"),
      ("Муаз аль-Хади", "Муаз аль-Хади")]),
    # ... in their case forms, with initials and particles of any script
    ("ru", "Встреча с г-ном Нур Мохаммадом Саиди, г-жой Анной Смит и г-ном А. де Сайасом.",
     "PERSON", [("Нур Мохаммадом Саиди", "Нур Мохаммадом Саиди"),
                ("Анной Смит", "Анной Смит"), ("А. де Сайасом", "А. де Сайасом")]),
    # a person right after a noun of people and its adjective, not a body
    # after its join
    ("fr", "Le journaliste malien Ana María Ruiz et l’avocate Léa Kanté Diallo, "
     "la militante du Parti Socialiste Unifié.", "PERSON",
     [("Ana María Ruiz", "Ana María Ruiz"), ("Léa Kanté Diallo", "Léa Kanté Diallo")]),
    ("es", "El defensor ambiental Santos Ramos Meza y la lideresa comunitaria Dilcia Marisol "
     "Bernárdez, del Consejo Cívico.", "PERSON",
     [("Santos Ramos Meza", "Santos Ramos Meza"),
      ("Dilcia Marisol Bernárdez", "Dilcia Marisol Bernárdez")]),
    ("ar", "وأشار السيد كريم ناصر إلى الأدلة، وقالت السيدة ليلى حداد، إن", "PERSON",
     [("كريم ناصر", "كريم ناصر"), ("ليلى حداد", "ليلى حداد")]),
    # INSTRUMENT: short titles of each language, with the English head
    ("fr", "Les parties à la Convention et à la Charte.", "INSTRUMENT",
     [("Convention", "Convention"), ("Charte", "Charter")]),
    ("es", "Las partes en la Convención y el Protocolo.", "INSTRUMENT",
     [("Convención", "Convention"), ("Protocolo", "Protocol")]),
    ("ru", "Участники Конвенции и Устава.", "INSTRUMENT",
     [("Конвенции", "Convention"), ("Устава", "Charter")]),
    ("ar", "الأطراف في الاتفاقية وبالميثاق وفقا للاتفاقية.", "INSTRUMENT",
     [("الاتفاقية", "Convention"), ("الميثاق", "Charter"), ("للاتفاقية", "Convention")]),
    # ORG: Arabic names after a clitic, and after لِـ fused with the article
    ("ar", "الأمين العام للأمم المتحدة والجمعية العامة", "ORG",
     [("للأمم المتحدة", "United Nations"), ("الجمعية العامة", "General Assembly")]),
    ("ar", "قرار للجمعية العامة.", "ORG", [("للجمعية العامة", "General Assembly")]),
    # Arabic's short forms where English writes the acronym; the forces' names
    ("ar", "بين برنامج البيئة والبرنامج الإنمائي.", "ORG",
     [("برنامج البيئة", "United Nations Environment Programme"),
      ("البرنامج الإنمائي", "United Nations Development Programme")]),
    ("fr", "Le mandat de la FISNUA.", "ORG", [("FISNUA", "United Nations Interim Security Force for Abyei")]),
    ("ru", "Мандат ЮНИСФА и ВСООНК.", "ORG",
     [("ЮНИСФА", "United Nations Interim Security Force for Abyei"),
      ("ВСООНК", "United Nations Peacekeeping Force in Cyprus")]),
    # COUNTRY: CLDR's names of each language
    ("fr", "Le Brésil et l'Allemagne ont signé.", "COUNTRY",
     [("Brésil", "BRA"), ("Allemagne", "DEU")]),
    ("ru", "Германия и Нигерия подписали.", "COUNTRY", [("Германия", "DEU"), ("Нигерия", "NGA")]),
]


@pytest.mark.parametrize("lang,text,label,want", CASES,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES)])
def test_label_in_language(lang, text, label, want):
    got = [(span, value) for _, span, value in ents(text, lang, label)]
    assert got == want


# ---- what must stay untagged ------------------------------------------------

NEGATIVES = [
    # a numbered thing's number is no count; a month is no counted noun
    ("fr", "Le paragraphe 5 des conclusions, le 15 mars.", "QUANTITY"),
    ("es", "El párrafo 5 de la resolución, el 15 de marzo.", "QUANTITY"),
    ("ru", "В пункте 5 резолюции и в 2015 году.", "QUANTITY"),
    ("ar", "في البند 5 من الوثيقة.", "QUANTITY"),
    # a time of day, an ordinal's parts
    ("fr", "La séance s'ouvre à 10 heures.", "QUANTITY"),
    ("ru", "На шестьдесят седьмой сессии.", "QUANTITY"),
    ("ar", "في دورتها العاشرة عشرة ما يلزم.", "QUANTITY"),
    # a year after a resolution word is no resolution number
    ("ru", "Резолюции 1995 года.", "RESOLUTION"),
    ("fr", "La résolution adoptée en 2015.", "RESOLUTION"),
    # Russian "пункт" without the agenda is a paragraph, not an item
    ("ru", "Согласно пункту 5 доклада.", "AGENDA_ITEM"),
    # an amount with no currency is no money; a bare scale neither
    ("fr", "Environ 870 millions de personnes.", "MONEY"),
    ("ar", "نحو 1.5 مليون شخص.", "MONEY"),
    # honorific-like words that name no one
    ("es", "Los Estados y las organizaciones.", "PERSON"),
    # a name that goes on is no short title; a convention without article
    ("fr", "Une convention sur le climat et la Convention sur les mers.", "INSTRUMENT"),
    ("ar", "في الاتفاقية الإطارية.", "INSTRUMENT"),
    ("fr", "Il a ratifié le Protocole facultatif se rapportant au Pacte.", "INSTRUMENT"),
    # no month without a year in the sentence or the document
    ("es", "Cada 3 de diciembre.", "DATE"),
]


@pytest.mark.parametrize("lang,text,label", NEGATIVES,
                         ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(NEGATIVES)])
def test_nothing_tagged(lang, text, label):
    assert ents(text, lang, label) == []


def test_decimal_comma_is_no_footnote_mark():
    """"3,2" in a comma-decimal language keeps its digits in the text."""
    doc = paratag.parse("Son 3,2 millones de dólares.", lang="es")
    assert doc.blocks[0].text == "Son 3,2 millones de dólares."
    doc = paratag.parse("It rose in 2015,3 as noted.", lang="en")
    assert "2015,3" not in doc.blocks[0].text


def test_marks_glued_to_russian_words_are_footnote_marks():
    """A mark glued to a lower-case Russian word, as to an English one, is a
    footnote's: out of the text, into the block's references; a number after
    a capital or a hyphen stays (Ан-26, СП2)."""
    doc = paratag.parse("1. Зарегистрировано 2 146 инцидентов в области безопасности2, что "
                        "на 11 процентов4 больше; самолеты Ан-26 и СП2.", lang="ru")
    b = doc.blocks[0]
    assert b.footnote_refs == ["2", "4"]
    assert b.text == ("Зарегистрировано 2 146 инцидентов в области безопасности, что на "
                      "11 процентов больше; самолеты Ан-26 и СП2.")


def test_a_mark_glued_to_a_russian_acronym_where_its_footnote_is_shown():
    """"ЕЭК1", "США10": a mark glued to a Cyrillic acronym is the footnote's
    where the document shows that footnote (here its mark alone on a line,
    a blank, then its text); with no such footnote the digits stay
    (СП2)."""
    wide = ("в работе сессии в качестве наблюдателей участвовали представители "
            "Ирана (Исламской Республики), Китая и Монголии")
    doc = paratag.parse(f"1. В соответствии с кругом ведения ЕЭК1 {wide}.\n"
                        f"2. Выделено 1,1 млрд. долл. США2 {wide}; самолеты СП3.\n\n"
                        "__________________\n1\n\nСм. документ E/ECE/778/Rev.5.\n2\n\n"
                        "Документация сессии размещена на веб-сайте ЕЭК.\n", lang="ru")
    got = [(b.kind, b.number, b.footnote_refs) for b in doc.blocks]
    assert got == [("paragraph", "1", ["1"]), ("paragraph", "2", ["2"]),
                   ("footnote", "1", []), ("footnote", "2", [])], got
    assert "ЕЭК в работе" in doc.blocks[0].text and "СП3" in doc.blocks[1].text
    assert doc.blocks[2].text == "См. документ E/ECE/778/Rev.5."
    assert [e.value for e in doc.blocks[1].entities if e.label == "MONEY"] == ["USD 1100000000"]


RUSSIAN_CUTS = [
    # a cut at a syllable: the hyphen goes
    ("несовместимы с обяза-\nтельствами страны", "несовместимы с обязательствами страны"),
    ("на протяжении десяти-\nлетий", "на протяжении десятилетий"),
    # a compound's first half in -о/-е keeps it, unless the text writes the word whole
    ("на северо-\nвосточной границе", "на северо-восточной границе"),
    ("применение само-\nдельных устройств", "применение само-дельных устройств"),
    ("самодельные мины и само-\nдельных устройств", "самодельные мины и самодельных устройств"),
    # ... and the text's compound witnesses for itself, whatever its halves end in
    ("тур-оператор и тур-\nоператоры", "тур-оператор и тур-операторы"),
    # words that stand before a hyphen, particles after one, acronyms
    ("вице-\nпремьер и пресс-\nрелиз", "вице-премьер и пресс-релиз"),
    ("кто-\nто из них", "кто-то из них"),
    ("структура «ООН-\nженщины»", "структура «ООН-женщины»"),
    # a capital after the hyphen is a name's: "Санкт-Петербург"
    ("в Санкт-\nПетербурге", "в Санкт-Петербурге"),
]


@pytest.mark.parametrize("text,joined", RUSSIAN_CUTS)
def test_russian_words_cut_at_a_line_end(text, joined):
    """Russian UN texts are hyphenated at any syllable: a hyphen at a line's
    end that cuts a word goes, a compound's stays (hyphens.c)."""
    doc = paratag.parse("1. Отмечается, что " + text + ".", lang="ru")
    assert doc.blocks[0].text == "Отмечается, что " + joined + "."


@pytest.mark.parametrize("text,persons", [
    ("Специальный представитель по Сомали и глава МООНСОМ Анна Вирта провела встречу.",
     ["Анна Вирта"]),
    ("Министр водных ресурсов Карим Назаров заявил.", ["Карим Назаров"]),
    ("В докладе Специального докладчика Петера Хольма отмечается.", ["Петера Хольма"]),
    ("Назначен мавлави Абдул Карим Вахиди, ранее губернатор.", ["Абдул Карим Вахиди"]),
    # a State's or body's name in the genitive ends the complement, not the name
    ("министр иностранных дел Ирака Фуад Хусейн встретился", ["Фуад Хусейн"]),
    ("министр иностранных дел Российской Федерации Иван Сидоров", ["Иван Сидоров"]),
    ("глава Комитета Иван Петров сказал", ["Иван Петров"]),
    # no name after the post: nothing
    ("Специальный представитель Генерального секретаря по Ливии заявил", []),
    ("представитель Организации Объединенных Наций сказал", []),
    ("Председателя Совета Безопасности Организации Объединенных Наций", []),
    ("Его Превосходительство г-на Ивана Петрова", ["Ивана Петрова"]),
    ("министра Республики Мавритания Его Превосходительства г-на Ахмеда ульд Тегеди, и",
     ["Ахмеда ульд Тегеди"]),
])
def test_russian_person_after_a_post(text, persons):
    """Russian names a person after a post in any case, its complement
    between (ANNOTATION.md: the value is the name as written)."""
    assert [s for _, s, _ in ents("1. " + text, "ru", "PERSON")] == persons


@pytest.mark.parametrize("lang,text,name,acronym", [
    ("es", "Se reunió con el Comisionado Nacional de los Derechos Humanos (CONADEH). "
     "El CONADEH informó.", "Comisionado Nacional de los Derechos Humanos", "CONADEH"),
    ("es", "con la Secretaría de Estado en el Despacho de Derechos Humanos (SEDH); la SEDH dijo",
     "Secretaría de Estado en el Despacho de Derechos Humanos", "SEDH"),
    # a body's head whose initial is the acronym's first opens the name
    ("es", "Miembros del Consejo Cívico de Organizaciones Populares e Indígenas de Lempira "
     "(COPINL) denunciaron.", "Consejo Cívico de Organizaciones Populares e Indígenas de Lempira",
     "COPINL"),
    ("fr", "la Coopérative pour le développement du Kivu (CODEKI) a attaqué; la CODEKI",
     "Coopérative pour le développement du Kivu", "CODEKI"),
    ("fr", "les « Forces unies pour la libération du Nord » (FULN) ont", 
     "Forces unies pour la libération du Nord", "FULN"),
    ("ru", "Контртеррористическое управление Организации Объединенных Наций (КТУ) и КТУ",
     "Контртеррористическое управление Организации Объединенных Наций", "КТУ"),
])
def test_names_whose_acronym_takes_more_than_initials(lang, text, name, acronym):
    """An acronym that takes more than its words' initials (CONADEH, SEDH)
    still defines the name before it, read as Schwartz and Hearst read an
    abbreviation's definition: its letters in order, the first a word's
    initial; the acronym's later mentions take the name's value."""
    found = ents("1. " + text, lang, "ORG")
    assert ("ORG", name, name) in found
    assert [v for _, t, v in found if t == acronym] and all(
        v == name for _, t, v in found if t == acronym)


def test_a_term_of_one_word_with_its_acronym_is_no_body():
    assert ents("1. Los perfluorocarbonos (PFC) y los Perfluorocarbonos (PFC).", "es", "ORG") == []
    assert ents("1. Se aprobó el plan (PNUD) de ayer.", "es", "ORG") == [
        ("ORG", "PNUD", "United Nations Development Programme")]


def test_russian_nouns_of_nationals_stand_for_their_state():
    """Russian names a State's nationals with a noun its adjective in -ский
    derives (афганский: афганец, афганцы, афганцев), a COUNTRY as English's
    "Afghans" is; the adjective's other forms stay what they were."""
    assert ents("1. Возвращение афганцев; сирийцы и один сириец; палестинцам помогли.",
                "ru", "COUNTRY") == [("COUNTRY", "афганцев", "AFG"), ("COUNTRY", "сирийцы", "SYR"),
                                     ("COUNTRY", "сириец", "SYR"),
                                     ("COUNTRY", "палестинцам", "PSE")]
    assert ents("1. Концерт и танцы, венцы и борцы.", "ru", "COUNTRY") == []


def test_arabic_number_groups_in_order_stay_in_order():
    """Only a number that starts with a full group of three was turned
    round: "10 600" reads as written."""
    assert ents("بمبلغ 10 600 دولار", "ar", "MONEY") == [("MONEY", "10 600 دولار", "USD 10600")]
    assert ents("بمبلغ 600 10 دولار", "ar", "MONEY") == [("MONEY", "600 10 دولار", "USD 10600")]


def test_english_unchanged_by_other_languages_words():
    """English text keeps its own readings: a comma groups thousands, "point"
    and "tema" are no agenda items."""
    assert ents("It costs 10,600 dollars.", "en", "MONEY") == [
        ("MONEY", "10,600 dollars", "USD 10600")]
    assert ents("At point 5 of the talk.", "en", "AGENDA_ITEM") == []


# ---- masthead words -----------------------------------------------------------

MASTHEAD = """United Nations A/70/100
General Assembly {distr}
21 May 2015
{original}
15-01234 (E) 250515
Report on something

1. The text begins here with 20 countries.
"""


@pytest.mark.parametrize("distr,original,want", [
    ("Distr. générale", "Original : anglais", "anglais"),
    ("Distr. general", "Original: inglés", "inglés"),
    ("Distr.: General", "ORIGINAL: ARABIC", "ARABIC"),
    ("Distr.: General", "الأصل: بالإنكليزية", "بالإنكليزية"),
])
def test_masthead_original_language(distr, original, want):
    doc = paratag.parse(MASTHEAD.format(distr=distr, original=original), lang="en")
    assert doc.metadata["original_language"] == want
    assert doc.metadata["symbol"] == "A/70/100"


# ---- detection -----------------------------------------------------------------

# files whose name does not say their language (tests/data/README.md):
# form feeds and nothing else, and an Arabic and English pair swapped
NOT_AS_NAMED = {"E_ESCWA_C.1_19_4_PARTI__ADD.5.ar.txt": "und",
                "E_ESCWA_C.1_19_4_PARTI__ADD.5.en.txt": "und",
                "E_ESCWA_SDD_2011_WG.5_7_REPORT.en.txt": "und",
                "E_ESCWA_EDID_2017_IG.2_3__PART_I_.ar.txt": "en",
                "E_ESCWA_EDID_2017_IG.2_3__PART_I_.en.txt": "ar"}


def expected_language(path):
    name = path.name
    if name in NOT_AS_NAMED:
        return NOT_AS_NAMED[name]
    for lang in ("ar", "en", "es", "fr", "ru", "zh"):
        if f".{lang}." in name:
            return lang
    return "zh" if name.startswith("000_") else None


DETECTED = [p for p in data_files("corpus/**/*.txt") if expected_language(p)]


@pytest.mark.parametrize("path", DETECTED, ids=[p.name for p in DETECTED])
def test_detects_each_file(path):
    doc = paratag.parse(path.read_text(encoding="utf-8"))
    assert doc.language == expected_language(path)


# the share of a devset file's lines, each parsed alone, that gets the
# file's language: short lines without a telling word ("Introduction",
# "Junta Ejecutiva") or in another language ("Distr.: General") miss
LINE_FLOORS = {"ar": 0.99, "en": 0.99, "es": 0.92, "fr": 0.96, "ru": 0.99, "zh": 0.99}


@pytest.mark.parametrize("lang", sorted(LINE_FLOORS))
def test_detects_devset_lines(lang):
    path = CORPUS / "unpc-devset" / f"devset.{lang}.txt"
    lines = [x for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
    got = collections.Counter(paratag.parse(x).language for x in lines)
    assert got[lang] / len(lines) >= LINE_FLOORS[lang], got.most_common(3)


@pytest.mark.parametrize("text,lang", [
    ("Questions diverses et rapport d'activité", "fr"),
    ("Análisis de la información", "es"),
    ("Доклад Генерального секретаря", "ru"),
    ("تقرير الأمين العام", "ar"),
    ("秘书长的报告", "zh"),
    ("Report of the Secretary-General on the work", "en"),
    # names with accents in an English sentence with no "the"
    ("He met Ana Benítez, a local leader.", "en"),
    ("It met José Núñez in Asunción.", "en"),
    ("Le Comité a tenu sa session à Genève.", "fr"),
    ("El Comité se reunió en Ginebra.", "es"),
])
def test_detects_short_texts(text, lang):
    assert paratag.parse(text).language == lang


AR_PARAGRAPH = ("1- تعرب اللجنة عن تقديرها للجهود التي تبذلها الأمانة التنفيذية في دعم الدول "
                "الأعضاء وتدعو إلى مواصلة العمل في هذا المجال خلال الفترة المقبلة.")
EN_NOTE = "1 World Bank, Global Economic Prospects (Washington, D.C., 2016)."


def test_a_block_in_another_script_has_its_own_language():
    """An English footnote in an Arabic report is English, and its
    entities are found by the English rules; the report's paragraphs stay
    Arabic.  A few words of another script do not make a block another
    language's."""
    doc = paratag.parse(f"{AR_PARAGRAPH}\n______________\n{EN_NOTE}\n")
    assert doc.language == "ar"
    assert [(b.kind, b.lang) for b in doc.blocks] == [("paragraph", "ar"), ("footnote", "en")]
    assert [(e.label, e.value) for e in doc.blocks[1].entities][:3] == [
        ("ORG", "World Bank"), ("PLACE", "Washington, D.C."), ("DATE", "2016")]
    assert doc.to_dict()["blocks"][1]["lang"] == "en"
    assert list(paratag.to_frame([doc], blocks=True)["lang"]) == ["ar", "en"]
    short = paratag.parse("1. The representative of Egypt quoted «نحن نرحب بالتقرير» "
                          "at the meeting held in Beirut on 3 May 2016.\n")
    assert [b.lang for b in short.blocks] == ["en"]
    given = paratag.parse(f"{AR_PARAGRAPH}\n______________\n{EN_NOTE}\n", lang="ar")
    assert [b.lang for b in given.blocks] == ["ar", "ar"]


@pytest.mark.parametrize("lang,text,spans", [
    # a verb after the number: it counts alone
    ("es", "De ellos, 1.758 residen en la zona y 81 eran mujeres.", ["1.758", "81"]),
    ("fr", "Parmi eux, 255 étaient des femmes et 26 peut-être plus.", ["255", "26"]),
    # an adjective before the noun takes the noun with it
    ("es", "Viven en 22 antiguos espacios y hay cinco supuestos miembros.",
     ["22 antiguos espacios", "cinco supuestos miembros"]),
    ("fr", "Il y a trois nouveaux camps et 20 autres agents.", ["trois nouveaux camps", "20 autres agents"]),
    # plural nouns, units and peoples' names stay counted
    ("fr", "Il y a 15 travaux, 12 km et deux Zaghawa.", ["15 travaux", "12 km", "deux Zaghawa"]),
])
def test_a_number_counts_a_plural_noun_in_french_and_spanish(lang, text, spans):
    """French and Spanish put a noun counted by a number above one in the
    plural (-s, -x, -z): a word after the number that is not one is the
    sentence's next, and the count is the number alone."""
    assert [t for _, t, _ in ents("1. " + text, lang, "QUANTITY")] == spans
