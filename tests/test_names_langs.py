"""Names of bodies, instruments, events and places in French, Spanish,
Russian and Arabic, with the value English gives the same name: the rules
for how each language writes a class of names, and names read from the
aligned UNPC devset lines (paratag/data/README).  Made-up text throughout."""
import paratag


def names(text, lang):
    doc = paratag.parse(text, lang=lang)
    return [(e.label, e.value, e.text) for b in doc.blocks for e in b.entities
            if e.label in ("ORG", "INSTRUMENT", "EVENT", "PLACE", "COUNTRY")]


def test_of_the_united_nations_after_a_body_is_part_of_its_name():
    # English reads "United Nations Security Council" as the Security Council
    assert names("1. Le Conseil de sécurité des Nations Unies et la Commission de "
                 "statistique de l'Organisation des Nations Unies se réunissent.", "fr") == [
        ("ORG", "Security Council", "Conseil de sécurité des Nations Unies"),
        ("ORG", "Statistical Commission",
         "Commission de statistique de l'Organisation des Nations Unies")]
    assert names("1. El Consejo de Seguridad de las Naciones Unidas y la Comisión de "
                 "Estadística de la ONU.", "es") == [
        ("ORG", "Security Council", "Consejo de Seguridad de las Naciones Unidas"),
        ("ORG", "Statistical Commission", "Comisión de Estadística de la ONU")]
    assert names("1. Резолюция Генеральной Ассамблеи ООН и доклад Совета Безопасности "
                 "Организации Объединенных Наций.", "ru") == [
        ("ORG", "General Assembly", "Генеральной Ассамблеи ООН"),
        ("ORG", "Security Council", "Совета Безопасности Организации Объединенных Наций")]
    assert names("1. أشاد مجلس حقوق الإنسان التابع للأمم المتحدة بعمل مجلس الأمن "
                 "للأمم المتحدة.", "ar") == [
        ("ORG", "Human Rights Council", "مجلس حقوق الإنسان التابع للأمم المتحدة"),
        ("ORG", "Security Council", "مجلس الأمن للأمم المتحدة")]


def test_the_united_nations_after_a_state_or_a_conjunction_stays_itself():
    assert names("1. La Mission permanente du Brésil auprès de l'Organisation des Nations "
                 "Unies, le Conseil de sécurité et les Nations Unies.", "fr") == [
        ("COUNTRY", "BRA", "Brésil"), ("ORG", "United Nations", "Organisation des Nations Unies"),
        ("ORG", "Security Council", "Conseil de sécurité"),
        ("ORG", "United Nations", "Nations Unies")]
    # Arabic "of" is the clitic lam: without it the two are side by side
    assert names("1. مجلس الأمن الأمم المتحدة ومجلس الأمن والأمم المتحدة.", "ar") == [
        ("ORG", "Security Council", "مجلس الأمن"), ("ORG", "United Nations", "الأمم المتحدة"),
        ("ORG", "Security Council", "مجلس الأمن"), ("ORG", "United Nations", "الأمم المتحدة")]


def test_a_meeting_or_instrument_named_by_its_place_takes_the_english_name():
    # the head, "de" and a listed place: English puts the place first
    assert names("1. Le Sommet de Nairobi, la Déclaration d'Addis-Abeba et le Traité "
                 "de Bangkok.", "fr") == [
        ("EVENT", "Nairobi Summit", "Sommet de Nairobi"),
        ("INSTRUMENT", "Addis Ababa Declaration", "Déclaration d'Addis-Abeba"),
        ("INSTRUMENT", "Treaty of Bangkok", "Traité de Bangkok")]
    assert names("1. La Cumbre de Nairobi y los Acuerdos de Minsk.", "es") == [
        ("EVENT", "Nairobi Summit", "Cumbre de Nairobi"),
        ("INSTRUMENT", "Minsk Agreements", "Acuerdos de Minsk")]
    # Arabic: the construct state, after a clitic too
    assert names("1. مؤتمر قمة نيروبي وإعلان أديس أبابا.", "ar") == [
        ("EVENT", "Nairobi Summit", "مؤتمر قمة نيروبي"),
        ("INSTRUMENT", "Addis Ababa Declaration", "إعلان أديس أبابا")]
    # a name English lists is that name ("Kyoto Protocol"); a place's first part
    # names it ("Washington, D.C.")
    assert names("1. El Protocolo de Kyoto y la Cumbre de Washington.", "es") == [
        ("INSTRUMENT", "Kyoto Protocol", "Protocolo de Kyoto"),
        ("EVENT", "Washington Summit", "Cumbre de Washington")]
    # a group of States named by its place, as English writes "the Minsk Group"
    for text, lang, span in [("1. Les coprésidents du Groupe de Nairobi se sont réunis.", "fr",
                              "Groupe de Nairobi"),
                             ("1. Los copresidentes del Grupo de Nairobi se reunieron.", "es",
                              "Grupo de Nairobi"),
                             ("1. اجتمع الرؤساء المشاركون لمجموعة نيروبي.", "ar", "مجموعة نيروبي"),
                             ("1. The co-chairs of the Nairobi Group met.", "en", "Nairobi Group")]:
        assert names(text, lang) == [("ORG", "Nairobi Group", span)], lang
    # a lower-case group, and Arabic's "a set of", are no name
    assert names("1. Un groupe de Nairobi et une série de réunions.", "fr") == [
        ("PLACE", "Nairobi", "Nairobi")]
    assert names("1. عقدت مجموعة من الاجتماعات في نيروبي.", "ar") == [
        ("PLACE", "Nairobi", "نيروبي")]


def test_a_place_after_a_common_noun_or_another_head_stays_a_place():
    assert names("1. La conférence de Genève, le bureau de Nairobi et la Préconférence "
                 "de Nairobi.", "fr") == [
        ("PLACE", "Geneva", "Genève"), ("PLACE", "Nairobi", "Nairobi"),
        ("PLACE", "Nairobi", "Nairobi")]
    assert names("1. Una reunión de Ginebra.", "es") == [("PLACE", "Geneva", "Ginebra")]
    # Russian writes the place as an adjective: not read by this rule
    assert ("PLACE", "Minsk", "Минске") in names("1. Встреча в Минске.", "ru")


def test_a_short_title_before_a_pronoun_or_a_verb_of_what_it_does():
    assert names("1. Comme la Charte l'y autorise, la Convention prévoit un mécanisme ; "
                 "le Protocole facultatif entre en vigueur.", "fr") == [
        ("INSTRUMENT", "Charter", "Charte"), ("INSTRUMENT", "Convention", "Convention")]
    assert names("1. La Carta le otorga ese derecho y la Convención establece un comité; "
                 "el Protocolo adicional no.", "es") == [
        ("INSTRUMENT", "Charter", "Carta"), ("INSTRUMENT", "Convention", "Convención")]


def test_russian_adjective_of_a_city_is_the_city_and_a_longer_name_wins():
    assert names("1. В районах Донецкой и Луганской областей и в Никосийском РПИ.", "ru") == [
        ("PLACE", "Donetsk", "Донецкой"), ("PLACE", "Luhansk", "Луганской"),
        ("PLACE", "Nicosia", "Никосийском")]
    got = names("1. Стороны Базельской конвенции.", "ru")
    assert [(label, text) for label, _, text in got] == [("INSTRUMENT", "Базельской конвенции")]


def test_us_is_the_united_states_but_not_in_its_currency():
    assert names("1. The US delegation paid in US dollars.", "en") == [("COUNTRY", "USA", "US")]


def test_arabic_american_of_the_americas_is_no_united_states():
    got = names("1. منظمة الصحة للبلدان الأمريكية والبلدان الأيبيرية الأمريكية والحكومة الأمريكية.", "ar")
    # the first three words name a body by its head (its value its text)
    assert [(label, value) for label, value, _ in got] == [
        ("ORG", "منظمة الصحة للبلدان الأمريكية"), ("COUNTRY", "USA")]


def test_russian_millennium_development_goals_name_no_declaration():
    assert names("1. Достижение целей в области развития, сформулированных в Декларации "
                 "тысячелетия; Декларация тысячелетия.", "ru") == [
        ("INSTRUMENT", "United Nations Millennium Declaration", "Декларация тысячелетия")]


def test_adjectives_of_states_cldr_lacks_or_spells_otherwise():
    assert names("1. Les femmes tchadiennes.", "fr") == [("COUNTRY", "TCD", "tchadiennes")]
    assert names("1. Las mujeres chadianas.", "es") == [("COUNTRY", "TCD", "chadianas")]
    assert names("1. Афганские силы безопасности.", "ru") == [("COUNTRY", "AFG", "Афганские")]
    assert [(l, v) for l, v, _ in names("1. المرأة التشادية والجانب الأذربيجاني وقوات الأمن "
                                        "الأفغانية.", "ar")] == [
        ("COUNTRY", "TCD"), ("COUNTRY", "AZE"), ("COUNTRY", "AFG")]


def test_adjectives_of_the_states_of_the_cfa_franc():
    # the CFA franc names none of its States: their adjectives come from
    # the French and Spanish lists of inhabitants (data/build.py)
    got = names("1. Les forces togolaises, béninoises et burkinabè, les réfugiés nigériens "
                "et ivoiriens et les autorités camerounaises.", "fr")
    assert [(l, v) for l, v, _ in got] == [("COUNTRY", c) for c in
                                           ("TGO", "BEN", "BFA", "NER", "CIV", "CMR")]
    got = names("1. Las fuerzas togolesas y senegalesas y los refugiados marfileños.", "es")
    assert [(l, v) for l, v, _ in got] == [("COUNTRY", c) for c in ("TGO", "SEN", "CIV")]


def test_a_name_spelled_by_its_acronym_with_its_state_between():
    # the acronym leaves out the State after the name ("du Mali") and the
    # elided article before it ("l'Union"); the name and the acronym are
    # the body wherever the text uses the acronym again
    got = names("1. La Commission nationale des droits de l\u2019homme du Mali (CNDH) et "
                "l'Union des forces du progrès (UFP) ont parlé. La CNDH a publié.", "fr")
    body = "Commission nationale des droits de l\u2019homme"
    assert got == [("ORG", body, body), ("COUNTRY", "MLI", "Mali"), ("ORG", body, "CNDH"),
                   ("ORG", "Union des forces du progrès", "Union des forces du progrès"),
                   ("ORG", "Union des forces du progrès", "UFP"), ("ORG", body, "CNDH")]
    # a State the acronym spells stays in the name
    got = names("1. La Commission électorale du Mali (CEM) a parlé.", "fr")
    assert got[0] == ("ORG", "Commission électorale du Mali", "Commission électorale du Mali")


def test_chinese_united_nations_before_a_body_is_part_of_its_name():
    assert names("1. 联合国安理会、联合国裁军审议委员会和联合国、非洲联盟。", "zh") == [
        ("ORG", "Security Council", "联合国安理会"),
        ("ORG", "Disarmament Commission", "联合国裁军审议委员会"),
        ("ORG", "United Nations", "联合国"), ("ORG", "African Union", "非洲联盟")]


def test_a_committee_of_the_security_council_is_one_body():
    # with the resolution that established it (test_values_eur.py)
    value = "Security Council Committee established pursuant to resolution 1234 (2009)"
    got = names("1. Le Comité du Conseil de sécurité créé par la résolution 1234 (2009).", "fr")
    assert got == [("ORG", value, "Comité du Conseil de sécurité créé par la résolution 1234 (2009)")]
    got = names("1. Комитетом Совета Безопасности, учрежденным резолюцией 1234 (2009).", "ru")
    assert got == [("ORG", value, "Комитетом Совета Безопасности, учрежденным резолюцией 1234 (2009)")]


# ---- short titles: the Treaty, the Covenant, the Agreement ----------------------

def short(text, lang):
    return [(e.value, e.text) for e in paratag.parse(text, lang=lang).blocks[0].entities
            if e.label == "INSTRUMENT"]


def test_short_titles_after_each_languages_articles_and_contractions():
    assert short("Les parties au Traité, l'objet du Pacte et le texte de l'Accord.",
                 "fr") == [("Treaty", "Traité"), ("Covenant", "Pacte"),
                           ("Agreement", "Accord")]
    assert short("Los Estados partes en el Tratado, el objeto del Pacto y al Acuerdo.",
                 "es") == [("Treaty", "Tratado"), ("Covenant", "Pacto"),
                           ("Agreement", "Acuerdo")]
    # lower case is no title: "le traité" is any treaty
    assert short("Ils ont signé le traité et l'accord.", "fr") == []


def test_a_short_title_before_a_verb_ends_and_before_an_adjective_goes_on():
    assert short("Le Traité contribue à la paix et la Stratégie vise loin.", "fr") == [
        ("Treaty", "Traité"), ("Strategy", "Stratégie")]
    assert short("El Tratado destaca esa obligación.", "es") == [("Treaty", "Tratado")]
    # an adjective after the noun, Spanish capitalised: a longer name
    assert short("Le Pacte international et le Traité multilatéral entrent en vigueur.",
                 "fr") == []
    assert short("La Convención Interamericana y el Acuerdo regional.", "es") == []
    # French verbs shaped as adjectives end the title
    assert short("La Convention rappelle ce principe.", "fr") == [("Convention", "Convention")]


def test_a_short_title_that_ends_a_longer_name_is_no_mention_of_its_own():
    assert short("Il a ratifié le Protocole facultatif se rapportant au Traité.", "fr") == []
    # (Spanish names the longer one by its head, Protocolo: one INSTRUMENT)
    assert short("Firmó el Protocolo Facultativo del Pacto.", "es") == [
        ("Protocolo Facultativo del Pacto", "Protocolo Facultativo del Pacto")]
    assert short("Он подписал Факультативный протокол к Пакту.", "ru") == []
    # a capitalised word that opens the sentence, or a numeral, is no name
    assert short("Conforme al Tratado, se hizo.", "es") == [("Treaty", "Tratado")]
    assert short("Selon l'article II du Traité, rien.", "fr") == [("Treaty", "Traité")]
    assert short("Приложение к Пакту.", "ru") == [("Covenant", "Пакту")]


def test_russian_short_titles_take_the_singular_case_endings_only():
    assert short("Участники Договора, положения Пакта и Соглашением.", "ru") == [
        ("Treaty", "Договора"), ("Covenant", "Пакта"), ("Agreement", "Соглашением")]
    # longer words with the same stem
    assert short("Договоренность достигнута. Договорные органы собрались.", "ru") == []


def test_russian_this_agreement_and_the_review_conference_are_no_mention():
    assert short("Стороны настоящего Соглашения договорились.", "ru") == []
    assert short("Конференция по рассмотрению действия Договора открылась.", "ru") == []


def test_english_parties_to_the_treaty_before_a_verb():
    # "to" continues a name only before a capital: "the Convention to Combat"
    assert short("All States parties to the Treaty to receive assurances.", "en") == [
        ("Treaty", "Treaty")]
    assert short("The Convention to Combat Desertification applies.", "en") != [
        ("Convention", "Convention")]


# ---- towns in French, Spanish and Russian ------------------------------------------

def places(text, lang):
    return [(e.label, e.value, e.text) for e in paratag.parse(text, lang=lang).blocks[0].entities
            if e.label in ("PLACE", "COUNTRY")]


def test_towns_as_french_and_spanish_write_them():
    assert places("Des combats à Homs et à Kisangani.", "fr") == [
        ("PLACE", "Homs", "Homs"), ("PLACE", "Kisangani", "Kisangani")]
    assert places("Combates en Idlib y en Arba Minch.", "es") == [
        ("PLACE", "Idlib", "Idlib"), ("PLACE", "Arba Minch", "Arba Minch")]


def test_a_town_named_as_a_word_or_a_state_is_neither():
    # Spanish "la Mesa" is the Bureau; "Tailandia", the State, is also a town
    assert places("La Mesa se reunió con Tailandia.", "es") == [
        ("COUNTRY", "THA", "Tailandia")]
    # towns named as part of a State's name (Nueva Guinea, Salvador) or as a
    # territory (Équateur's Russian name is Ecuador's)
    assert [p for p in places("Misiones en Papua Nueva Guinea.", "es") if p[0] == "PLACE"] == []
    assert places("Сальвадор, Уругвай и Эквадор.", "ru") == [
        ("COUNTRY", "SLV", "Сальвадор"), ("COUNTRY", "URY", "Уругвай"), ("COUNTRY", "ECU", "Эквадор")]


def test_russian_towns_in_their_cases():
    assert places("Бои в Мариуполе и под Идлибом.", "ru") == [
        ("PLACE", "Mariupol", "Мариуполе"), ("PLACE", "Idlib", "Идлибом")]
    # names that decline into Russian words are no towns
    assert places("Доклад Совета и фонда.", "ru") == []


def test_a_body_named_by_its_kind_takes_the_kind_as_english_does():
    assert names("1. Le Comité exécutif a saisi la Cour suprême.", "fr") == [
        ("ORG", "Executive Committee", "Comité exécutif"), ("ORG", "Supreme Court", "Cour suprême")]
    assert names("1. La Junta Ejecutiva y el Ministerio de Relaciones Exteriores.", "es") == [
        ("ORG", "Executive Board", "Junta Ejecutiva"),
        ("ORG", "Ministry of Foreign Affairs", "Ministerio de Relaciones Exteriores")]
    assert names("1. Решение Верховного суда и Технического комитета.", "ru") == [
        ("ORG", "Supreme Court", "Верховного суда"), ("ORG", "Technical Committee", "Технического комитета")]
    # lower case in French is a committee of any kind
    assert names("1. Le comité exécutif du club.", "fr") == []


def test_an_ordinal_before_a_listed_meeting_is_part_of_its_name():
    def events(text, lang):
        return [(e.value, e.text) for e in paratag.parse(text, lang=lang).blocks[0].entities
                if e.label == "EVENT"]
    assert events("1. Les textes issus de la deuxième Conférence des Nations Unies sur les "
                  "établissements humains.", "fr") == [
        ("second United Nations Conference on Human Settlements",
         "deuxième Conférence des Nations Unies sur les établissements humains")]
    assert events("1. En la Tercera Conferencia de las Naciones Unidas sobre los "
                  "Asentamientos Humanos y la III Cumbre Iberoamericana.", "es") == [
        ("third United Nations Conference on Human Settlements",
         "Tercera Conferencia de las Naciones Unidas sobre los Asentamientos Humanos"),
        ("third Ibero-American Summit", "III Cumbre Iberoamericana")]
    assert events("1. На второй Конференции Организации Объединенных Наций по населенным "
                  "пунктам.", "ru")[0][0] == "second United Nations Conference on Human Settlements"
    # no ordinal, or the end of another word: the listed name alone
    assert events("1. Lors de la Conférence des Nations Unies sur les établissements humains.",
                  "fr") == [("United Nations Conference on Human Settlements",
                             "Conférence des Nations Unies sur les établissements humains")]
    assert events("1. Con LIII Cumbre Iberoamericana.", "es") == [
        ("Ibero-American Summit", "Cumbre Iberoamericana")]


def test_a_memorandum_of_understanding_named_by_its_kind():
    assert names("1. Le Mémorandum d'accord prévoit ceci.", "fr") == [
        ("INSTRUMENT", "Memorandum of Understanding", "Mémorandum d'accord")]
    assert names("1. Согласно Меморандуму о взаимопонимании.", "ru") == [
        ("INSTRUMENT", "Memorandum of Understanding", "Меморандуму о взаимопонимании")]
    # in lower case, any memorandum
    assert names("1. Un mémorandum d'accord sera signé.", "fr") == []


def test_a_name_joining_two_titles_repeats_the_article_and_declines_both():
    def instruments(text, lang):
        return [(e.value, e.text) for e in paratag.parse(text, lang=lang).blocks[0].entities
                if e.label == "INSTRUMENT"]
    beijing = "Beijing Declaration and Platform for Action"
    assert instruments("1. Selon la Déclaration et le Programme d'action de Beijing.", "fr") == [
        (beijing, "Déclaration et le Programme d'action de Beijing")]
    assert instruments("1. La aplicación de la Declaración y la Plataforma de Acción de "
                       "Beijing.", "es") == [
        (beijing, "Declaración y la Plataforma de Acción de Beijing")]
    assert instruments("1. Осуществление Пекинской декларации и Платформы действий.", "ru") == [
        (beijing, "Пекинской декларации и Платформы действий")]
    # a name that ends in -кий is a noun's, not an adjective's (Маврикий)
    assert names("1. Переговоры с Маврикием.", "ru") == [("COUNTRY", "MUS", "Маврикием")]
    # a State whose second name does not decline keeps its written form
    assert names("1. Делегация Тринидада и Тобаго.", "ru") == [
        ("COUNTRY", "TTO", "Тринидада и Тобаго")]


def test_a_convention_or_forum_named_by_its_place():
    assert names("1. Conforme al Convenio de Chicago y el Foro de Beijing.", "es") == [
        ("INSTRUMENT", "Chicago Convention", "Convenio de Chicago"),
        ("EVENT", "Beijing Forum", "Foro de Beijing")]
    assert names("1. Selon la Convention de Genève et le Forum de Vienne.", "fr") == [
        ("INSTRUMENT", "Geneva Convention", "Convention de Genève"),
        ("EVENT", "Vienna Forum", "Forum de Vienne")]


def test_a_secretariat_with_its_own_name_is_no_mention_of_the_secretariat():
    assert names("1. Un accord avec le Secrétariat technique provisoire.", "fr") == [
        ("ORG", "Provisional Technical Secretariat", "Secrétariat technique provisoire")]
    assert names("1. Соглашение с Временным техническим секретариатом.", "ru")[-1] == (
        "ORG", "Provisional Technical Secretariat", "Временным техническим секретариатом")


def test_a_committee_of_experts_is_one_name_in_every_language():
    cepa = "Committee of Experts on Public Administration"
    assert names("1. Requests the Committee of Experts on Public Administration to meet.",
                 "en") == [("ORG", cepa, cepa)]
    assert names("1. Prie le Comité d'experts de l'administration publique.", "fr") == [
        ("ORG", cepa, "Comité d'experts de l'administration publique")]
    assert names("1. Доклад Комитета экспертов по государственному управлению.", "ru") == [
        ("ORG", cepa, "Комитета экспертов по государственному управлению")]


def kind_places(text, lang):
    return [(v, t) for label, v, t in names(text, lang) if label == "PLACE"]


def test_a_place_named_by_its_kind_in_french_and_spanish_is_its_name():
    # the kind, "de" and the name, as English reads "the town of Birao"; a modifier
    # between ("camp de réfugiés"), a river's name right after it, a plural's list
    assert kind_places("1. Les habitants de la ville de Morvalle et du camp de réfugiés "
                  "d'Ostrane ont rejoint le site d'accueil de Tembra, près du fleuve "
                  "Saluba, puis les villages de Kerdi et de Vanou.", "fr") == [
        ("Morvalle", "Morvalle"), ("Ostrane", "Ostrane"), ("Tembra", "Tembra"),
        ("Saluba", "Saluba"), ("Kerdi", "Kerdi"), ("Vanou", "Vanou")]
    assert kind_places("1. Los habitantes de la ciudad de Morvalle, del campamento de "
                  "desplazados de Ostrane y de la provincia de Tembra cruzaron el río "
                  "Saluba hacia las aldeas de Kerdi y Vanou.", "es") == [
        ("Morvalle", "Morvalle"), ("Ostrane", "Ostrane"), ("Tembra", "Tembra"),
        ("Saluba", "Saluba"), ("Kerdi", "Kerdi"), ("Vanou", "Vanou")]


def test_what_follows_a_kind_in_french_and_spanish_may_name_no_place():
    # a web site, a region, an acronym, a listed State, a place in a body's name,
    # a name going on after a particle, a kind in capitals or at a sentence's start
    assert kind_places("1. Le site Web de la région de Morvalle, le camp de MINUSCA, les "
                  "villages d'Ukraine et l'Union du fleuve Saluba.", "fr") == []
    # (an Arabic name's article in lower case is the name's: "Bawabat al-Quds")
    assert [surface for _, surface in kind_places("1. Le camp de Bawabat al-Quds.", "fr")] == [
        "Bawabat al-Quds"]
    assert kind_places("1. La zona de Morvalle, el pueblo de Ostrane y la Ciudad de "
                  "Tembra.", "es") == []


def test_a_place_named_by_its_kind_in_russian_takes_its_latin_letters():
    # the kind in any case, the name in the nominative after it; English spells
    # the names Russian transcribes in Latin letters (дж: j, х: h)
    assert kind_places("1. Беженцы из лагеря Кастура и из лагеря беженцев Морвали "
                  "прибыли в город Джубари и в деревню Харди.", "ru") == [
        ("Kastura", "Кастура"), ("Morvali", "Морвали"), ("Jubari", "Джубари"),
        ("Hardi", "Харди")]
    # an adjective, an acronym and a lower-case word are no place's name
    assert kind_places("1. В районах Морвальской области, в районе ЮНИСФА и в районе "
                  "границы.", "ru") == []


def test_a_place_named_by_its_kind_in_arabic_is_its_name_as_written():
    # after a clitic or two; a name of two words
    assert kind_places("1. زار الوفد مخيم كاستورا وبمدينة مورفالي ومدينة أربا كوندي.",
                  "ar") == [("كاستورا", "كاستورا"), ("مورفالي", "مورفالي"),
                            ("أربا كوندي", "أربا كوندي")]
    # a word with the article, a preposition, a feminine or plural ending
    assert kind_places("1. مخيم اللاجئين وقرية من قرى المنطقة ومدينة كبيرة ومخيمات "
                  "أخرى.", "ar") == []


def test_a_compass_point_and_a_listed_place_are_the_place_english_lists():
    # North Darfur and Northern Bahr el Ghazal are English's names; "northern Mali"
    # is no name, and the State stays itself
    assert kind_places("1. Au Darfour septentrional, au Nord-Darfour et dans le Bahr el "
                       "Ghazal septentrional.", "fr") == [
        ("North Darfur", "Darfour septentrional"), ("North Darfur", "Nord-Darfour"),
        ("Northern Bahr el Ghazal", "Bahr el Ghazal septentrional")]
    assert kind_places("1. En Darfur Septentrional y en Darfur del Norte.", "es") == [
        ("North Darfur", "Darfur Septentrional"), ("North Darfur", "Darfur del Norte")]
    assert kind_places("1. В Северном Дарфуре и Северный Дарфур.", "ru") == [
        ("North Darfur", "Северном Дарфуре"), ("North Darfur", "Северный Дарфур")]
    assert kind_places("1. في شمال دارفور ووسط آسيا.", "ar") == [
        ("North Darfur", "شمال دارفور"), ("Central Asia", "وسط آسيا")]
    for text, lang in [("1. Au Mali septentrional.", "fr"), ("1. В северном Мали.", "ru"),
                       ("1. في شمال مالي.", "ar")]:
        assert names(text, lang) == [("COUNTRY", "MLI", names(text, lang)[0][2])], lang


def test_a_french_compound_name_whose_hyphen_a_line_break_took_is_that_name():
    # the extractor drops the hyphen of "Moyen-Orient" where the line broke at it
    assert names("1. Au MoyenOrient, aux PaysBas et en AsiePacifique.", "fr") == [
        ("PLACE", "Middle East", "MoyenOrient"), ("COUNTRY", "NLD", "PaysBas"),
        ("PLACE", "Asia and the Pacific", "AsiePacifique")]
    # a hyphen between two small letters stays ("arabo-israélien")
    assert names("1. Le conflit araboisraélien.", "fr") == []


def test_a_walk_through_listed_names_keeps_the_united_nations_after_li():
    # two made-up names whose trie path ("...دا ل") runs from "فريداً" into "للأمم":
    # the walk read past the word where لِـ fused with the article, and missed it
    tagger = paratag.Tagger(extra=[("PLACE", "Da Lat", "ar", "دا لات"),
                                   ("PLACE", "Reddo", "ar", "ريدجو كالا")])
    doc = paratag.parse("1. يجعل منه مؤتمراً فريداً للأمم المتحدة.", lang="ar", tagger=tagger)
    assert [(e.label, e.value) for b in doc.blocks for e in b.entities] == [
        ("ORG", "United Nations")]


def test_towns_as_arabic_writes_them_take_the_english_value():
    assert kind_places("1. زار الوفد ماريوبول وكراماتورسك وبوجومبورا.", "ar") == [
        ("Mariupol", "ماريوبول"), ("Kramatorsk", "كراماتورسك"),
        ("Bujumbura", "بوجومبورا")]
    # a word of Arabic that a town's name spells is that word: "authorities", "the
    # new", "clauses" (after the clitic bi-)
    assert kind_places("1. أكدت السلطات أن الخطة الجديدة تضمنت بنودا عدة.", "ar") == []


def test_french_bodies_whose_complement_is_in_lower_case():
    """French writes a body's name with its first word capitalised only:
    the head, its adjectives and the nouns its joins bring are the name,
    up to a verb, an infinitive, a listed State or another body."""
    text = ("Le Ministère de la justice et des droits humains a saisi la Commission nationale "
            "des droits de l'homme, le Fonds d'aide juridictionnelle et la Brigade spéciale de "
            "protection des femmes et des enfants. Le Ministère de la femme et de la protection "
            "de la petite enfance du Tchad et le Code des personnes et de la famille.")
    assert [(label, t) for label, _, t in names(text, "fr")] == [
        ("ORG", "Ministère de la justice et des droits humains"),
        ("ORG", "Commission nationale des droits de l'homme"),
        ("ORG", "Fonds d'aide juridictionnelle"),
        ("ORG", "Brigade spéciale de protection des femmes et des enfants"),
        ("ORG", "Ministère de la femme et de la protection de la petite enfance"),
        ("COUNTRY", "Tchad"),
        ("INSTRUMENT", "Code des personnes et de la famille")]


def test_french_heads_that_name_no_body_of_their_own():
    """A head alone or with one generic word ("le Conseil d'administration",
    "le Comité d'experts"), a verb's infinitive after a listed body ("le
    Conseil de sécurité de veiller") and a second body after "et du" make
    no longer name."""
    text = ("Le Conseil d'administration et le Comité d'experts ont demandé au Conseil de "
            "sécurité de veiller au rapport de l'Assemblée générale et du Conseil économique "
            "et social. La Commission a noté que le Secrétariat de lui transmettre.")
    found = [(label, t) for label, _, t in names(text, "fr")]
    assert ("ORG", "Conseil de sécurité") in found and ("ORG", "Assemblée générale") in found
    for _, t in found:
        assert t not in ("Conseil d'administration", "Comité d'experts")
        assert "veiller" not in t and " et du " not in t and "lui" not in t


def test_french_numbered_acts_with_their_titles():
    """An act by its number ("loi no 029/PR/2031") is an instrument, with
    the title its participle or preposition opens, up to the clause's end
    or a word that goes on with the sentence."""
    text = ("La loi no 029/PR/2031 portant interdiction du mariage d’enfants, "
            "l’ordonnance no 012/PR/2030 instituant la parité dans les fonctions électives "
            "et la loi no 12 a été adoptée. Une loi sur la famille.")
    assert [(label, t) for label, _, t in names(text, "fr") if label == "INSTRUMENT"] == [
        ("INSTRUMENT", "loi no 029/PR/2031 portant interdiction du mariage d’enfants"),
        ("INSTRUMENT", "ordonnance no 012/PR/2030 instituant la parité dans les fonctions électives"),
        ("INSTRUMENT", "loi no 12")]


def test_the_universal_periodic_review_and_its_working_group_in_six_languages():
    # capitalised in titles, lower case in running text; the body's name holds the review's
    upr, wg = "Universal Periodic Review", "Working Group on the Universal Periodic Review"
    cases = {
        "en": ("1. The Working Group on the Universal Periodic Review held the universal "
               "periodic review of Chad.", ["Working Group on the Universal Periodic Review",
                                             "universal periodic review"]),
        "fr": ("1. Le Groupe de travail sur l’Examen périodique universel a tenu l’examen "
               "périodique universel du Tchad.", ["Groupe de travail sur l’Examen périodique universel",
                                                   "examen périodique universel"]),
        "es": ("1. El Grupo de Trabajo sobre el Examen Periódico Universal celebró el examen "
               "periódico universal del Chad.", ["Grupo de Trabajo sobre el Examen Periódico Universal",
                                                  "examen periódico universal"]),
        "ru": ("1. Рабочая группа по универсальному периодическому обзору провела второй цикл "
               "универсального периодического обзора Чада.",
               ["Рабочая группа по универсальному периодическому обзору",
                "универсального периодического обзора"]),
        "zh": ("1. 普遍定期审议工作组举行了对乍得的普遍定期审议。", ["普遍定期审议工作组", "普遍定期审议"]),
        "ar": ("1- أجرى الفريق العامل المعني بالاستعراض الدوري الشامل الاستعراض الدوري الشامل لتشاد.",
               ["الفريق العامل المعني بالاستعراض الدوري الشامل", "الاستعراض الدوري الشامل"]),
    }
    for lang, (text, (wg_text, upr_text)) in cases.items():
        got = [(label, value, surface) for label, value, surface in names(text, lang)
               if label in ("ORG", "EVENT")]
        assert got == [("ORG", wg, wg_text), ("EVENT", upr, upr_text)], lang


def test_russian_names_with_their_complement_in_lower_case():
    # a capitalised head (any case), adjectives before it, the complement in
    # the oblique cases, prepositions, acronyms and States; up to a verb
    text = ("1. Он ратифицировал Конвенцию о защите перемещенных лиц. В августе Совет "
            "министров иностранных дел СНГ утвердил Политику и стратегию управления "
            "внутренним перемещением, а Министерство водного хозяйства Республики Узбекистан "
            "представило проект. По данным Бюро по делам иностранцев и иммигрантов, "
            "Закон № 10/2020 об управлении рисками бедствий регулирует предупреждение.")
    got = [(label, surface) for label, _, surface in names(text, "ru")
           if label in ("ORG", "INSTRUMENT")]
    assert got == [
        ("INSTRUMENT", "Конвенцию о защите перемещенных лиц"),
        ("ORG", "Совет министров иностранных дел СНГ"),
        ("INSTRUMENT", "Политику и стратегию управления внутренним перемещением"),
        ("ORG", "Министерство водного хозяйства Республики Узбекистан"),
        ("ORG", "Бюро по делам иностранцев и иммигрантов"),
        ("INSTRUMENT", "Закон № 10/2020 об управлении рисками бедствий")]


def test_russian_generic_references_and_sentence_words_are_no_names():
    # an adjective or one word of a kind after the head is a generic
    # reference; "о" after a body, a date after a body, a nominative after a
    # name, a lone head at a sentence's start are the sentence's
    text = ("1. Специальный комитет и Группа экспертов провели заседание. Комитет "
            "экспертов предусматривает реформы. Заявление Генеральной прокуратуры "
            "о возбуждении дел опубликовано. Доклад Совета управляющих рассмотрен.")
    assert [(label, surface) for label, _, surface in names(text, "ru")
            if label in ("ORG", "INSTRUMENT", "EVENT")] == []
    # a listed name goes on only with a State or a year
    got = names("1. Он закреплен в Конвенции о статусе беженцев 1951 года и в Уставе "
                "представителем сторон.", "ru")
    assert [(label, value, surface) for label, value, surface in got] == [
        ("INSTRUMENT", "Convention relating to the Status of Refugees",
         "Конвенции о статусе беженцев 1951 года"),
        ("INSTRUMENT", "Charter", "Уставе")]


def test_french_departments_centres_forces_and_plans_named_by_their_first_head():
    # typographic apostrophes, as French reports write them; "antimines"
    # an invariable adjective; "et la" joins a second complement
    text = ("1. Le Département des opérations de paix, le Service de la lutte antimines, "
            "le Centre d’action antimines et les Forces d’appui rapide appliquent le Plan "
            "d’action de Lausanne, la Stratégie nationale pour l’égalité des sexes et "
            "l’Accord politique pour la paix et la réconciliation.")
    assert [(label, surface) for label, _, surface in names(text, "fr")
            if label in ("ORG", "INSTRUMENT")] == [
        ("ORG", "Département des opérations de paix"),
        ("ORG", "Service de la lutte antimines"),
        ("ORG", "Centre d’action antimines"),
        ("ORG", "Forces d’appui rapide"),
        ("INSTRUMENT", "Plan d’action de Lausanne"),
        ("INSTRUMENT", "Stratégie nationale pour l’égalité des sexes"),
        ("INSTRUMENT", "Accord politique pour la paix et la réconciliation")]


def test_french_heads_with_adjectives_alone_or_an_et_after_the_head_name_nothing():
    # short references; "et des" after the head begins another thing
    text = ("1. Le Protocole facultatif, la Charte sociale et le Plan national ont été "
            "cités dans l’Accord politique et des recommandations du dialogue.")
    assert [(label, surface) for label, _, surface in names(text, "fr")
            if label in ("ORG", "INSTRUMENT")] == []
    # an article joins a complement only to one with an article; a month
    # after "de" is the sentence's date
    text = "1. L’Accord de cessez-le-feu et la feuille de route, l’Accord de Paris de décembre 2015."
    assert [surface for label, _, surface in names(text, "fr")
            if label == "INSTRUMENT"] == ["Accord de cessez-le-feu", "Accord de Paris"]
    # "et la" joins a complement under "pour", "contre", "sur"; not under
    # "de" ("la Cour des comptes et les tribunaux"); an instrument named by
    # its body alone is a short reference
    text = ("1. Le Comité pour la protection et la promotion des droits, la Cour des comptes "
            "et les tribunaux, le Ministère de l’éducation et l’association des parents, la "
            "Fondation pour l’habitat et les établissements humains, la Convention de l’ONU "
            "relative aux droits de l’enfant.")
    got = [surface for label, _, surface in names(text, "fr") if label in ("ORG", "INSTRUMENT")]
    assert got[:4] == ["Comité pour la protection et la promotion des droits", "Cour des comptes",
                       "Ministère de l’éducation",
                       "Fondation pour l’habitat et les établissements humains"]
    assert not any("Convention" in g for g in got), got


def test_french_bodies_and_meetings_named_by_their_first_head():
    text = ("1. L’Observatoire des situations de déplacement interne, le Conseil norvégien pour "
            "les réfugiés, le Service de surveillance financière et le Groupe d’experts sur la "
            "météorologie spatiale se sont réunis lors de la Conférence des Nations Unies sur "
            "l’eau de 2031 et de la Journée mondiale de l’eau.")
    assert [(label, surface) for label, _, surface in names(text, "fr")
            if label in ("ORG", "EVENT")] == [
        ("ORG", "Observatoire des situations de déplacement interne"),
        ("ORG", "Conseil norvégien pour les réfugiés"),
        ("ORG", "Service de surveillance financière"),
        ("ORG", "Groupe d’experts sur la météorologie spatiale"),
        ("EVENT", "Conférence des Nations Unies sur l’eau de 2031"),
        ("EVENT", "Journée mondiale de l’eau")]


def test_french_heads_before_the_sentences_words_name_nothing_more():
    # "sur" right after the head, "pour" with no article, a generic group
    # of one word: the sentence's; a conference with its acronym is a body
    text = ("1. Le texte est soumis à la Conférence mondiale pour adoption. Le Conseil "
            "exécutif sur les travaux a débattu. Le Groupe de travail a conclu. La Conférence "
            "internationale sur la paix des Lacs (CIPL) a siégé.")
    assert [(label, surface) for label, _, surface in names(text, "fr")
            if label in ("ORG", "EVENT")] == [
        ("ORG", "Conférence internationale sur la paix des Lacs"), ("ORG", "CIPL")]


def test_spanish_instruments_and_missions_by_their_first_head():
    text = ("1. Aprobó la Política Nacional de Derechos Humanos 2031-2041, la Ley contra el "
            "Femicidio y Otras Formas de Violencia contra la Mujer y el Convenio sobre Pueblos "
            "Indígenas y Tribales, 1989 (núm. 169). La Misión Permanente de Guatemala ante la "
            "Oficina de las Naciones Unidas en Ginebra y la Federación de Rusia hablaron.")
    assert [(label, surface) for label, _, surface in names(text, "es")] == [
        ("INSTRUMENT", "Política Nacional de Derechos Humanos 2031-2041"),
        ("INSTRUMENT", "Ley contra el Femicidio y Otras Formas de Violencia contra la Mujer"),
        ("INSTRUMENT", "Convenio sobre Pueblos Indígenas y Tribales, 1989 (núm. 169)"),
        ("ORG", "Misión Permanente de Guatemala ante la Oficina de las Naciones Unidas en "
                "Ginebra"),
        ("COUNTRY", "Federación de Rusia")]


def test_russian_dated_instruments_offices_and_communities():
    # an instrument's date is part of its name, a numbered act's is a date
    # of its own; an adjective in an oblique case before the head; a
    # place after "и"
    text = ("1. Согласно Женевским конвенциям от 12 августа 1949 года и Закону № 10/2020 от "
            "24 августа 2020 года Отделение Организации Объединенных Наций для Западной Африки "
            "и Сахеля и Экономическое сообщество центральноафриканских государств действуют; "
            "Председателем Комиссии Африканского союза.")
    got = [(label, surface) for label, _, surface in names(text, "ru")
           if label in ("ORG", "INSTRUMENT")]
    assert got == [
        ("INSTRUMENT", "Женевским конвенциям от 12 августа 1949 года"),
        ("INSTRUMENT", "Закону № 10/2020"),
        ("ORG", "Отделение Организации Объединенных Наций для Западной Африки и Сахеля"),
        ("ORG", "Экономическое сообщество центральноафриканских государств"),
        ("ORG", "Комиссии Африканского союза")], got


def test_a_head_in_an_oblique_case_inside_a_russian_name_goes_on():
    # "Суде" (prepositional) is no nominative opening a name of its own
    got = [(label, surface) for label, _, surface in names(
        "1. Он подписал Протокол о Суде Евразийского экономического союза.", "ru")
        if label == "INSTRUMENT"]
    assert got == [("INSTRUMENT", "Протокол о Суде Евразийского экономического союза")]


def test_spanish_numbered_laws_and_heads_that_need_a_complement():
    text = ("1. La Ley núm. 21.735, la Ley 2277 de 2022 y el Decreto N° 1066 aplican el "
            "Compromiso de Sevilla y el Marco Común para el Tratamiento de la Deuda; Marco "
            "Rubio citó la Convención Interamericana.")
    assert [surface for label, _, surface in names(text, "es") if label == "INSTRUMENT"] == [
        "Ley núm. 21.735", "Ley 2277 de 2022", "Decreto N° 1066", "Compromiso de Sevilla",
        "Marco Común para el Tratamiento de la Deuda"]
    assert [surface for label, _, surface in names("1. Se reunió con Marco Rubio en Washington.", "es")
            if label == "INSTRUMENT"] == []


def test_places_named_by_a_neighbourhood_and_with_an_arabic_article():
    text = ("1. The attack in the Dweila neighbourhood of Damascus, in the villages of "
            "al-Mazraa, Walgha and Thaala, and in the al-Hol and Roj camps.")
    assert [surface for label, _, surface in names(text, "en") if label == "PLACE"] == [
        "Dweila", "Damascus", "al-Mazraa", "Walgha", "Thaala", "al-Hol", "Roj"]


def test_chinese_transliterated_places_listed_with_a_place_or_before_a_kind():
    # "、" and "和" join names; one listed town, or "等" and a kind after the
    # list, make the transliterated others places too; States alone do not
    text = ("1. 她访问了内罗毕、蒙巴萨和洛德瓦尔，以及基贝拉、马萨雷和坎格米等非正规住区，"
            "会见了肯尼亚、乌干达和坦桑尼亚的代表。")
    assert [(label, surface) for label, _, surface in names(text, "zh")] == [
        ("PLACE", "内罗毕"), ("PLACE", "蒙巴萨"), ("PLACE", "洛德瓦尔"), ("PLACE", "基贝拉"),
        ("PLACE", "马萨雷"), ("PLACE", "坎格米"), ("COUNTRY", "肯尼亚"), ("COUNTRY", "乌干达"),
        ("COUNTRY", "坦桑尼亚")]
    # two characters beside a listed town make words as often (福利, 考察); a
    # run the list's end does not end is cut nowhere
    assert [surface for label, _, surface in names("1. 福利、考察和内罗毕都有问题。", "zh")] == ["内罗毕"]


def test_russian_titles_in_guillemets_name_acts():
    # a title opening with "О"/"Об", or any after the noun of an act or plan;
    # the title inside the guillemets; a newspaper's is no act
    text = ("1. Приняты законы «О противодействии торговле людьми» и «Об охране и защите от "
            "семейного насилия», а также программа «Здоровый человек». Газета «Слово» сообщила "
            "в рамках указанной «дорожной карты»: «О да, конечно».")
    assert [surface for label, _, surface in names(text, "ru") if label == "INSTRUMENT"] == [
        "О противодействии торговле людьми", "Об охране и защите от семейного насилия",
        "Здоровый человек"]
