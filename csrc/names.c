/*
 * names.c: names no gazetteer lists, read from their shape.
 *
 *   the Transitional Electoral Council, Kivu Peace Agreement,
 *   Committee on the Rights of Persons with Disabilities, 《海外领土法》,
 *   Act No. 38/2009, Mediterranean Sea, Kingdom of Italy, ESCWA secretariat
 *
 * An English name of a body, an instrument or a meeting is a run of
 * capitalised words ending in a head noun, which decides its label
 * (Council: ORG, Agreement: INSTRUMENT, Summit: EVENT), with the
 * complement that follows the head (of, for, on, ... and more capitalised
 * words).  English compounds put their head last, before the first
 * preposition.  The value is the name as written, its white space made
 * single.  A Chinese title in 《》 names an instrument when it ends in a
 * word for one (法, 公约, 计划).
 *
 * The words are table rows, so that a language adds rows and no code;
 * each table is kept in the order of its words' letters in lower case
 * (it is searched by halves), and a head noun shared by languages is one
 * row with their bits.
 */
#include "recognisers.h"

#include <string.h>

#include "transliteration_zh.h"

/* A head noun that may take "in X" as its complement (Mission in
 * Liberia); one that names a building only after a listed body's or
 * place's name and with no complement ("United Nations House", but
 * "House of Representatives" is a body's, "Finance House" a bank's); one
 * that names an instrument only with its number ("Law No. 12", not
 * "International Law"); one of a State's government whose State, named
 * before or after it, stays outside ("Moroccan Ministry of Health",
 * "Ministry of Health of Qatar": the Ministry of Health and the State);
 * one that is a given name too, and is no head before a capitalised word
 * ("President Bill Lorme", but "Finance Bill 2015"); one that is a head
 * only before the year of its making ("Lakeland Constitution Order 2011",
 * the year a date of its own; "in order to" and "the Order of" are none);
 * one of a State's subdivision, which takes a place's name and no State's
 * ("Upper Nile State", "Ouaddaï Province"; not "Kuwait State"); one
 * that makes a place's name of any name of a place's shape, listed or not,
 * as rivers and regions are too many to list ("the Logone River", "the
 * Kurdistan Region"). */
enum {
    HEAD_IN = 1,
    HEAD_BARE = 2,
    HEAD_NUMBERED = 4,
    HEAD_STATE_OUT = 8,
    HEAD_GIVEN = 16,
    HEAD_DATED = 32,
    HEAD_SUBDIVISION = 64,
    HEAD_SHAPE = 128
};

typedef struct name_head {
    const char *word; /* in lower case; capitalised in running text */
    uint8_t label;
    uint8_t flags;
    uint8_t lang; /* PT_LANG_*: the texts it is read in */
} name_head;

#define ORG_ PT_LABEL_ORG
#define INS_ PT_LABEL_INSTRUMENT
#define EVT_ PT_LABEL_EVENT
#define PLC_ PT_LABEL_PLACE
#define EN PT_LANG_EN

/* The head nouns of names of bodies, instruments and meetings in UN texts
 * (the labels of ANNOTATION.md), by language. */
static const name_head name_heads[] = {
    {"academy", ORG_, 0, EN},
    {"accord", INS_, 0, EN},
    {"accords", INS_, 0, EN},
    {"act", INS_, 0, EN},
    {"administration", ORG_, 0, EN},
    {"agency", ORG_, 0, EN},
    {"agenda", INS_, 0, EN},
    {"agreement", INS_, 0, EN},
    {"agreements", INS_, 0, EN},
    {"airport", PLC_, 0, EN},
    {"alliance", ORG_, 0, EN},
    {"area", PLC_, HEAD_BARE, EN},
    {"army", ORG_, 0, EN},
    {"assembly", ORG_, 0, EN},
    {"association", ORG_, 0, EN},
    {"authority", ORG_, 0, EN},
    {"bank", ORG_, 0, EN},
    {"basin", PLC_, HEAD_BARE, EN},
    {"bill", INS_, HEAD_GIVEN, EN},
    {"bloc", ORG_, 0, EN},
    {"board", ORG_, 0, EN},
    {"center", ORG_, 0, EN},
    {"centre", ORG_, 0, EN},
    {"charter", INS_, 0, EN},
    {"coalition", ORG_, 0, EN},
    {"code", INS_, 0, EN},
    {"commission", ORG_, HEAD_IN, EN},
    {"committee", ORG_, 0, EN},
    {"compact", INS_, 0, EN},
    {"conference", EVT_, 0, EN},
    {"congress", ORG_, 0, EN},
    {"consensus", INS_, 0, EN},
    {"constitution", INS_, 0, EN},
    {"convention", INS_, 0, EN},
    {"corridor", PLC_, 0, EN},
    {"council", ORG_, 0, EN},
    {"county", PLC_, HEAD_BARE | HEAD_SUBDIVISION, EN},
    {"court", ORG_, 0, EN},
    {"covenant", INS_, 0, EN},
    /* an observance: "International Day of Peace", "World Water Day" */
    {"day", EVT_, 0, EN},
    {"decade", EVT_, 0, EN},
    {"declaration", INS_, 0, EN},
    {"decree", INS_, HEAD_NUMBERED, EN},
    {"department", ORG_, 0, EN},
    {"dialogue", EVT_, 0, EN},
    {"directive", INS_, 0, EN},
    {"directorate", ORG_, 0, EN},
    {"district", PLC_, HEAD_BARE | HEAD_SUBDIVISION, EN},
    {"division", ORG_, 0, EN},
    {"facility", ORG_, 0, EN},
    {"federation", ORG_, 0, EN},
    {"force", ORG_, HEAD_IN, EN},
    {"forces", ORG_, HEAD_IN, EN},
    {"forum", EVT_, 0, EN},
    {"foundation", ORG_, 0, EN},
    {"front", ORG_, 0, EN},
    {"fund", ORG_, 0, EN},
    {"governorate", PLC_, HEAD_BARE | HEAD_SUBDIVISION, EN},
    {"group", ORG_, 0, EN},
    {"guidelines", INS_, 0, EN},
    {"gulf", PLC_, HEAD_BARE, EN},
    {"house", PLC_, HEAD_BARE, EN},
    {"hub", ORG_, 0, EN},
    {"initiative", ORG_, 0, EN},
    {"institute", ORG_, 0, EN},
    {"jurisdiction", ORG_, 0, EN},
    {"law", INS_, HEAD_NUMBERED, EN},
    {"league", ORG_, 0, EN},
    {"market", ORG_, 0, EN},
    {"memorandum", INS_, 0, EN},
    {"ministry", ORG_, HEAD_STATE_OUT, EN},
    {"mission", ORG_, HEAD_IN, EN},
    {"movement", ORG_, 0, EN},
    {"network", ORG_, 0, EN},
    {"oblast", PLC_, HEAD_BARE | HEAD_SUBDIVISION, EN},
    {"observatory", ORG_, 0, EN},
    {"ocean", PLC_, HEAD_BARE, EN},
    {"office", ORG_, HEAD_IN, EN},
    {"operation", ORG_, HEAD_IN, EN},
    {"order", INS_, HEAD_DATED, EN},
    {"organization", ORG_, 0, EN},
    {"pact", INS_, 0, EN},
    {"panel", ORG_, 0, EN},
    {"parliament", ORG_, 0, EN},
    {"partnership", ORG_, 0, EN},
    {"party", ORG_, 0, EN},
    {"peninsula", PLC_, HEAD_BARE, EN},
    {"plan", INS_, 0, EN},
    {"police", ORG_, 0, EN},
    {"prefecture", PLC_, HEAD_BARE | HEAD_SUBDIVISION, EN},
    {"press", ORG_, 0, EN},
    {"principles", INS_, 0, EN},
    {"process", EVT_, 0, EN},
    {"proclamation", INS_, 0, EN},
    {"programme", ORG_, 0, EN},
    {"protocol", INS_, 0, EN},
    {"province", PLC_, HEAD_BARE | HEAD_SUBDIVISION, EN},
    {"rally", ORG_, 0, EN},
    {"region", PLC_, HEAD_BARE | HEAD_SHAPE, EN},
    {"river", PLC_, HEAD_BARE | HEAD_SHAPE, EN},
    {"roadmap", INS_, 0, EN},
    {"sea", PLC_, HEAD_BARE, EN},
    {"secretariat", ORG_, 0, EN},
    {"section", ORG_, 0, EN},
    {"senate", ORG_, 0, EN},
    {"service", ORG_, 0, EN},
    {"state", PLC_, HEAD_BARE | HEAD_SUBDIVISION, EN},
    {"statute", INS_, 0, EN},
    {"strategy", INS_, 0, EN},
    {"summit", EVT_, 0, EN},
    {"symposium", EVT_, 0, EN},
    {"treaty", INS_, 0, EN},
    {"tribunal", ORG_, 0, EN},
    {"union", ORG_, 0, EN},
    {"unit", ORG_, 0, EN},
    {"university", ORG_, 0, EN},
    {"year", EVT_, 0, EN},
};

/* en: words that join a head to its complement, and words that may follow
 * them before it ("of the"). */
static const char *const joins_en[] = {
    "against", "for", "of", "on", "to", "with",
};
static const char *const join_in_en[] = {"in"}; /* after HEAD_IN heads */
/* en: participles that, capitalised after a head, begin its complement
 * as a title writes it ("Treaty Establishing the ...", "Facility
 * Supporting ..."; joined to an instrument's head); in lower case they
 * are the sentence's */
static const char *const title_participles_en[] = {
    "amending", "concerning", "establishing", "governing", "implementing",
    "relating", "supporting",
};
static const char *const of_en[] = {"of"};
static const char *const and_en[] = {"and"};
/* en: the words that end a list inside a complement ("Trade, Economic
 * Growth and Finance"; "Cruel, Inhuman or Degrading Treatment") */
static const char *const list_ends_en[] = {"and", "or"};
/* en: posts that head something ("Head of the Lake Mission") */
static const char *const heads_of_en[] = {"chair", "chairperson", "head",
                                          "president"};
/* en: posts written after the name of the body they are held in
 * ("the Lake Section Chief") */
static const char *const posts_after_en[] = {
    "chair", "chairperson", "chief", "coordinator", "director", "head",
    "member", "members", "president", "secretary", "spokesperson",
};
/* en: what stands between the items of a list, its last item after "and"
 * or "or" (the longer literals first: lit_in takes the first that fits) */
static const char *const list_seps_en[] = {", and ", ", or ", " and ", " or ",
                                           ", "};
static const char *const article_en[] = {"the"};
static const char *const articles_of_objects_en[] = {"a", "an", "the"};
/* en: a join that goes on a complement begun by another but begins none
 * ("Panel on Illicit Financial Flows from Africa"; after a head, "from"
 * is the text's: "a letter from the Council") */
static const char *const later_joins_en[] = {"from"};
/* en: the kinds of publication that bear a body's name after it, and end
 * the body's name ("the Court of Lakes Reports of Judgments", "the Lake
 * Commission Yearbook") */
static const char *const publications_en[] = {
    "bulletin", "journal", "reports", "yearbook",
};
/* en: words that begin sentences but stand inside a complement before a
 * capitalised word ("Elimination of All Forms", "Torture and Other
 * Cruel ... Treatment") */
static const char *const inner_words_en[] = {"all", "other"};
/* en: the possessive's endings, after ' and ’ */
static const char *const possessive_marks[] = {"'s", "\xE2\x80\x99s"};
/* en: the points of the compass, which name parts of a region */
static const char *const compass_en[] = {
    "central", "east", "eastern", "north", "northern", "south", "southern",
    "west", "western"};
/* en: the words before a head that make an agreement the trade area its
 * parties form, a body ("Greater Arab Free Trade Agreement", "members of
 * the North American Free Trade Agreement"): ORG */
static const char free_trade_en[] = "Free Trade ";
/* en: ordinals, which are part of a meeting's name ("eighteenth African
 * Union Summit", "Third International Conference on ..."); a compound
 * ("twenty-first") ends in one */
static const char *const ordinals_en[] = {
    "eighteenth", "eighth", "eightieth", "eleventh", "fifteenth", "fifth",
    "fiftieth", "first", "fortieth", "fourteenth", "fourth",
    "nineteenth", "ninetieth", "ninth", "second", "seventeenth", "seventh",
    "seventieth", "sixteenth", "sixth", "sixtieth", "tenth", "third",
    "thirteenth", "thirtieth", "twelfth", "twentieth",
};

/* en: capitalised words that begin sentences or come before names but
 * are no part of one; months and weekdays end a complement too. */
static const char *const not_in_names_en[] = {
    "a", "accordingly", "after", "all", "also", "among", "an", "and", "any",
    "april", "as", "at", "august", "before", "between", "both", "but", "by",
    "december", "dr", "during", "each", "february", "following", "for",
    "friday", "from", "furthermore", "her", "his", "however", "if", "in",
    "its", "january", "july", "june", "many", "march", "may", "meanwhile",
    "monday", "moreover", "most", "mr", "mrs", "ms", "november",
    "october", "of", "on", "or", "other", "our", "saturday", "september",
    "several", "since", "some", "such", "sunday", "that", "the", "their",
    "these", "this", "those", "through", "thursday", "to", "tuesday",
    "under", "wednesday", "when", "where", "while", "with",
};

/* en: words that, alone before a head, make a short reference to a body
 * named in full elsewhere ("the Advisory Committee", "the Working
 * Group"), not a name. */
static const char *const generic_modifiers_en[] = {
    "advisory", "country", "development", "drafting", "field", "general",
    "governing", "joint", "main", "national", "permanent", "preparatory",
    "regional", "review", "special", "standing", "steering", "subsidiary",
    "working", "world",
};

/* en: plural nouns that, alone after a head, make a short reference
 * too ("the Conference of the Parties", "the Panel of Experts"); and the
 * nouns of an activity, which make the head one too (ORGANIZATION OF
 * WORK, Organization of the Session: a heading, no body). */
static const char *const generic_complements_en[] = {
    "experts", "friends", "meeting", "parties", "session", "whole", "work"};

/* en: the nouns a report capitalises for the one it means, which after a
 * head alone name nothing ("the support of the Council for the
 * Government and people of Lakeland"); a name before the head stands
 * ("the Health Services Authority of the Territory"). */
static const char *const capitalised_references_en[] = {
    "government", "organization", "secretariat", "territory"};

/* en: the heads of terms that reports define with an acronym as they do
 * names of bodies, but that name a measure, a method or a kind of thing
 * ("Gross Domestic Product (GDP)", "Open Method of Coordination (OMC)",
 * "Small and Medium Enterprises (SMEs)"): where one heads a name no head
 * noun labels, the name is no body's. */
static const char *const concept_heads_en[] = {
    "analysis", "approach", "assessment", "assistance", "capital",
    "emissions", "enterprises", "expenditure", "growth", "income", "index",
    "indicator", "indicators", "innovation", "intelligence", "internet",
    "investment", "learning", "management", "method", "methodology",
    "methods", "model", "monitoring", "partnerships", "planning", "product",
    "production", "rate", "ratio", "reduction", "reporting", "system",
    "systems", "technologies", "technology", "tool", "tools", "trade",
    "transfer", "value"};

/* en: languages that are also adjectives of nationality: after "in" a
 * language ("in French"), not a State. */
static const char *const languages_en[] = {
    "chinese", "french", "german", "japanese", "portuguese", "russian",
    "spanish"};
static const char *const in_en[] = {"in"};
/* en: the words that stand before a list of places ("in Kidal, Gao and
 * Timbuktu", "travelled to Mopti and Sevare") */
static const char *const place_leads_en[] = {
    "across", "at", "between", "from", "in", "including", "near", "of", "to",
    "visited"};

/* en: the forms of State that stand before "of" and a State's name in its
 * formal name (Republic of Italy, Kingdom of Bahrain, Federal Republic of
 * Germany), in the order of their letters. */
static const char *const state_forms_en[] = {
    "emirate", "kingdom", "principality", "republic", "sultanate"};

/* ru: the forms of government a State's formal name puts before its short
 * name, which keeps its case ("Республикой Таджикистан", "Королевства
 * Марокко"), in their case forms */
static const char *const state_forms_ru[] = {
    "Княжества", "Княжестве", "Княжество", "Княжеством", "Княжеству",
    "Королевства", "Королевстве", "Королевство", "Королевством", "Королевству",
    "Республика", "Республике", "Республики", "Республикой", "Республику"};

/* zh: the last words of the titles of laws, treaties and plans in 《》. */
static const char *const instrument_ends_zh[] = {
    "法", "公约", "条约", "协定", "协议", "议定书", "宪章", "宣言", "计划",
    "纲领", "战略", "规划", "法案", "条例", "法典", "守则", "议程", "框架",
    "准则", "原则", "规约", "盟约", "令"};

/* zh: the last words of names of bodies (ORG) after a place's or State's
 * name: 乍得湖流域委员会, 阿根廷国会, 百慕大进步党.  Longest first where
 * one ends another. */
static const char *const org_ends_zh[] = {
    "委员会", "基金会", "理事会", "联合会", "参议院", "众议院", "科学院",
    "研究院", "研究所", "议会", "国会", "议院", "协会", "大学", "学院", "银行",
    "公司", "法院", "总署", "中心", "党", "局",
    /* a State's national police and army by their names (海地国家警察,
     * 索马里国家军队 the Somali National Army, 利比亚国民军, 以色列国防军,
     * 南苏丹警察部队); not its 武装部队 or 安全部队, which English mostly
     * writes in lower case ("the armed forces of Armenia", "Afghan
     * security forces": the State is tagged) */
    "国家警察", "警察部队", "国家军队", "国民军", "国防军"};

/* zh: common nouns that end or begin with a word of org_ends_zh, no
 * body's name (叙利亚当局 the Syrian authorities, 马里政局 Mali's
 * political situation, 区域格局, 湖国局势 the situation in Lakeland). */
static const char *const not_bodies_zh[] = {
    "当局", "政局", "格局", "结局", "大局", "布局", "僵局", "全局", "时局",
    "局势", "局面", "局部", "局限"};

/* zh: the words that the names of political parties are made of where no
 * place begins them (民主进步党, 自由民主党, 工党, 绿党): the ideas and
 * the people parties name themselves after.  Not 执政, 反对, 在野 or 政,
 * which make 执政党, 反对党 and 政党 common nouns, as 该党 and 两党 are.
 * Longest first where one ends another (劳工 before 工). */
static const char *const party_words_zh[] = {
    "民主", "进步", "人民", "自由", "社会", "共和", "保守", "劳工", "工人",
    "国家", "民族", "统一", "联合", "团结", "革命", "独立", "基督教", "爱国",
    "解放", "正义", "发展", "公民", "全国", "改革", "复兴", "共产", "绿色",
    "工", "绿", "新"};

/* zh: the words of standing that begin the name of a council or a
 * committee where no place does (过渡总统委员会, 临时选举委员会, 独立选举委员会,
 * 全国对话委员会): transitional, provisional, independent, national,
 * supreme.  Alone before 委员会 they make a common noun (临时委员会, a
 * provisional committee): the name has a word of its subject between. */
static const char *const standing_words_zh[] = {"过渡", "临时", "独立", "全国",
                                                "最高"};

/* zh: the bodies whose name standing_words_zh begin. */
static const char *const standing_bodies_zh[] = {"委员会", "理事会"};

/* zh: how many characters a body's subject may have between its word of
 * standing and its last word (总统, 选举, 人权, 真相与和解 no: 与 stops). */
#define MIN_SUBJECT_ZH 2
#define MAX_SUBJECT_ZH 4

/* zh: the last word of the name of a State's ministry (英国国防部, 美国内政部),
 * one word with the State as Chinese writes it, as a State's other bodies
 * are (孟加拉国统计局); or of a ministry named by its field alone after a
 * list's comma (、社会福利部). */
static const char *const ministry_ends_zh[] = {"部"};

/* zh: characters that make 部 a part, no ministry: before it a side or a
 * share (北部, 全部, 内部, 总部, 干部), after it another word (部分, 部门,
 * 部署, 部队, 部长, 部落). */
static const char part_before_zh[] = "东西南北中内外全局干总本各该此两一这那每细上下前后头首腹底顶";
static const char part_after_zh[] = "分门署队长落位件族委";

/* zh: the comma between a list's items */
static const char list_punctuation_zh[] = "、";

/* zh: characters before 中心 that make it a town's centre, no body's
 * (伦敦市中心, 城中心). */
static const char town_centre_zh[] = "市城镇";

/* zh: characters that end the words between the place and that last word
 * (a function word, a count or punctuation: 美国和法国委员会, 日本一所大学,
 * 湖国各区域中心 are no one name). */
static const char gap_stops_zh[] = "的和与及在对向为是了或由从把被等、一个所各";

/* How many characters may stand between a place and the last word of a
 * body's name after it: enough for 湖流域 or 妇女教育. */
#define MAX_GAP_ZH 8

/* How many words a name may have: enough for the longest real ones, and
 * a bound on the work at each head. */
#define MAX_NAME_WORDS 16

/* The end of the word of letters, digits, hyphens and apostrophes that
 * begins at i; a plural's apostrophe before a capitalised word is the
 * word's ("Survivors' Affairs"). */
static size_t
word_end(const pt_scan *sc, size_t i)
{
    size_t n, b = i;
    while (i < sc->n) {
        uint32_t c = cp_at(sc, i, &n);
        if (!(is_alnum(c) || c == '-' ||
              (c == '\'' && i + 1 < sc->n &&
               pt__is_latin_letter((unsigned char)sc->t[i + 1]) &&
               sc->t[i + 1] != 's')))
            break;
        i += n;
    }
    if (i > b + 1 && i + 2 < sc->n && sc->t[i] == '\'' && sc->t[i - 1] == 's' &&
        sc->t[i + 1] == ' ' && sc->t[i + 2] >= 'A' && sc->t[i + 2] <= 'Z')
        i++;
    return i;
}

/* s[0, n) against the word w (in lower case), the text's ASCII letters
 * folded to lower case: <0, 0 or >0. */
static int
compare_folded(const char *s, size_t n, const char *w)
{
    for (size_t j = 0; j < n; j++) {
        unsigned char c = (unsigned char)s[j];
        int d = (c >= 'A' && c <= 'Z' ? c | 0x20 : c) - (unsigned char)w[j];
        if (d)
            return d; /* also where w ends first: c is no NUL */
    }
    return w[n] ? -1 : 0;
}

/* The word of the k-th item of a table whose items begin with one. */
static const char *
item_word(const void *items, size_t stride, size_t k)
{
    return *(const char *const *)((const char *)items + k * stride);
}

#ifndef NDEBUG
/* Is the table in order?  (Asserted where it is searched: a row added
 * out of order fails the C tests.) */
static bool
table_sorted(const void *items, size_t count, size_t stride)
{
    for (size_t k = 1; k < count; k++)
        if (strcmp(item_word(items, stride, k - 1),
                   item_word(items, stride, k)) >= 0)
            return false;
    return true;
}
#endif

/* Where the word s[b, e), in any case, is in a table of `count` items
 * `stride` bytes apart, each beginning with its word in lower case, in
 * order; -1 when absent.  Names are capitalised or in capitals
 * (REPORT OF THE COMMITTEE), so the case of a word says nothing here. */
static long
find_word(const pt_scan *sc, size_t b, size_t e, const void *items,
          size_t count, size_t stride)
{
    assert(table_sorted(items, count, stride));
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int d = compare_folded(sc->t + b, e - b, item_word(items, stride, mid));
        if (d == 0)
            return (long)mid;
        if (d < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

#define WORD_IS(sc, b, e, table)                                             \
    (find_word((sc), (b), (e), (table), COUNT(table), sizeof *(table)) >= 0)
/* ... and in lower case, as the table writes it ("the", not "The") */
#define LOWER_WORD_IS(sc, b, e, table)                                       \
    ((sc)->t[b] >= 'a' && (sc)->t[b] <= 'z' && WORD_IS(sc, b, e, table))

/* The Arabic article as English transliterates it, assimilated or not,
 * in the order of their letters. */
static const char *const arabic_articles_en[] = {
    "ad", "al", "an", "ar", "as", "ash", "at", "az", "ed", "el", "en", "er", "es",
    "et", "ez"};

/* Does the word at b begin with a capital, or with an Arabic name's
 * article in lower case, as English writes it before the capital
 * ("al-Hol", "ash-Shaykh", "el-Fasher")? */
static bool
capitalised_at(const pt_scan *sc, size_t b)
{
    size_t n, a = b;
    if (pt__is_upper(cp_at(sc, b, &n)))
        return true;
    while (a < sc->n && a < b + 3 && sc->t[a] >= 'a' && sc->t[a] <= 'z')
        a++;
    return a + 1 < sc->n && sc->t[a] == '-' && sc->t[a + 1] >= 'A' &&
           sc->t[a + 1] <= 'Z' && WORD_IS(sc, b, a, arabic_articles_en);
}

/* en: the participles a compound ends with that tells who leads or backs
 * a thing, no word of its name ("the Kenyan-led Multinational Security
 * Support Mission", "the UN-backed Council"); not "-based", which names
 * hold ("Gender-based Violence", "Community-based Initiatives"). */
static const char *const led_by_en[] = {"-backed", "-brokered", "-funded", "-led",
                                        "-sponsored", "-supported"};

/* Is the word t[b, e) such a compound, led by a State or a body the
 * gazetteers list ("Kenyan-led", "UN-backed"; not "African-led", which
 * names hold: "African-led International Support Mission")? */
static bool
led_by_at(const pt_scan *sc, size_t b, size_t e)
{
    const char *dash = memchr(sc->t + b, '-', e - b);
    if (dash == NULL)
        return false;
    size_t d = (size_t)(dash - sc->t), j = pt__first_name_from(sc, b);
    const pt_cand *c = sc->cands.items;
    if (j == sc->names || c[j].start != b || c[j].end != d ||
        (c[j].label != PT_LABEL_COUNTRY && c[j].label != PT_LABEL_ORG))
        return false;
    for (size_t k = 0; k < COUNT(led_by_en); k++) {
        size_t n = strlen(led_by_en[k]);
        if (e - b > n && memcmp(sc->t + e - n, led_by_en[k], n) == 0)
            return true;
    }
    return false;
}

/* Does a word that may stand in a name begin at b (a capital letter, not
 * a word that only begins sentences; or a number before one, as in "the
 * 2030 Agenda"), and where does it end? */
static size_t
name_word_at(const pt_scan *sc, size_t b)
{
    if (is_digit_at(sc, b)) {
        size_t e = word_end(sc, b);
        return e < sc->n && sc->t[e] == ' ' && name_word_at(sc, e + 1)
                   ? e
                   : 0;
    }
    if (!capitalised_at(sc, b))
        return 0;
    size_t e = word_end(sc, b);
    if (WORD_IS(sc, b, e, not_in_names_en) || led_by_at(sc, b, e))
        return 0;
    return e;
}

/* An ASCII capital at t[k]? */
static bool
ascii_upper_at(const pt_scan *sc, size_t k)
{
    return k < sc->n && sc->t[k] >= 'A' && sc->t[k] <= 'Z';
}

/* The head row the word s[b, e) is, if any. */
static const name_head *
head_of(const pt_scan *sc, size_t b, size_t e)
{
    long k = find_word(sc, b, e, name_heads, COUNT(name_heads),
                       sizeof *name_heads);
    return k >= 0 && name_heads[k].lang & sc->langs ? &name_heads[k] : NULL;
}

/* A word that may stand in a complement's run: a name's word, or a word
 * of inner_words_en before one, capitalised or, after "of", in lower case
 * ("Elimination of all Forms"; not "with the other ESCWA bodies"); where
 * it ends, or 0. */
static size_t
run_word_at(const pt_scan *sc, size_t b)
{
    size_t x = name_word_at(sc, b), n;
    /* an ordinal counts the capitalised word after it; before a word in
     * lower case it begins the text's next phrase ("... for Lakes Twelfth
     * session") */
    if (x && WORD_IS(sc, b, x, ordinals_en) &&
        !(x + 1 < sc->n && sc->t[x] == ' ' && name_word_at(sc, x + 1)))
        return 0;
    if (x) { /* in the possessive before another ("for Africa's Development") */
        size_t k = lit_in(sc, x, possessive_marks, COUNT(possessive_marks));
        return k && k < sc->n && sc->t[k] == ' ' && name_word_at(sc, k + 1) ? k : x;
    }
    if (!pt__is_upper(cp_at(sc, b, &n)) &&
        !(b >= 4 && memcmp(sc->t + b - 4, " of ", 4) == 0))
        return 0;
    x = word_end(sc, b);
    return WORD_IS(sc, b, x, inner_words_en) && x < sc->n &&
                   sc->t[x] == ' ' && name_word_at(sc, x + 1)
               ? x
               : 0;
}

/* The label of a name whose head is t[i, h) and whose first word is at
 * b: the head's, but a free trade agreement is the area its parties
 * form, a body; and a body's name that an instrument's head ends after
 * "of" is the body's instrument ("League of Arab States Agreement on
 * ...", "Council of Europe Convention on ...": English puts the head
 * last), unless that head names one only with its number or year
 * ("Military Police of Public Order"). */
static pt_label
name_label(const pt_scan *sc, size_t b, size_t i, size_t h,
           const name_head *head)
{
    size_t n = sizeof free_trade_en - 1;
    if (head->label == INS_ && i >= b + n &&
        memcmp(sc->t + i - n, free_trade_en, n) == 0)
        return PT_LABEL_ORG;
    if (head->label != ORG_ || !lit_at(sc, h, " of "))
        return (pt_label)head->label;
    size_t k = h + 4, x, last = k, count = 0;
    if (lit_at(sc, k, "the "))
        k += 4;
    for (; count < MAX_NAME_WORDS && (x = name_word_at(sc, k)); count++) {
        last = k;
        if (x >= sc->n || sc->t[x] != ' ')
            break;
        k = x + 1;
    }
    const name_head *owned =
        count >= 2 ? head_of(sc, last, word_end(sc, last)) : NULL;
    return owned && owned->label == INS_ &&
                   !(owned->flags & (HEAD_NUMBERED | HEAD_DATED))
               ? PT_LABEL_INSTRUMENT
               : (pt_label)head->label;
}

/* The start of the word that ends at e (before a space at e), or e. */
static size_t
word_before(const pt_scan *sc, size_t e)
{
    size_t b = e;
    while (b > 0 && (pt__is_ascii_alnum((unsigned char)sc->t[b - 1]) ||
                     sc->t[b - 1] == '-' ||
                     is_continuation((unsigned char)sc->t[b - 1]) ||
                     (unsigned char)sc->t[b - 1] >= 0xC0))
        b--;
    return b;
}

/* The start of an ordinal before a meeting's name that begins at b ("the
 * eighteenth African Union Summit"; a compound's last part: twenty-first),
 * or b. */
static size_t
ordinal_before(const pt_scan *sc, size_t b)
{
    if (b < 2 || sc->t[b - 1] != ' ')
        return b;
    size_t w = word_before(sc, b - 1), last = w;
    for (size_t k = w; k < b - 1; k++)
        if (sc->t[k] == '-')
            last = k + 1;
    return last < b - 1 && WORD_IS(sc, last, b - 1, ordinals_en) ? w : b;
}

/* At the word t[k, w) after a complement's run: a later join, or "in the"
 * before a listed region, not a State ("Agency for Palestine Refugees in
 * the Near East", "Cooperation in the Arab Mashreq"; "on the Rights of the
 * Child in the Sudan": the State where the Convention applies); not after
 * an instrument's listed name, which is whole ("the 2030 Agenda for
 * Sustainable Development in the Arab region"). */
static bool
later_join_at(const pt_scan *sc, size_t k, size_t w)
{
    static const char the[] = " the ";
    if (pt__listed_start(sc, k - 1, 1u << PT_LABEL_INSTRUMENT) < k - 1)
        return false;
    if (WORD_IS(sc, k, w, later_joins_en))
        return true;
    if (!WORD_IS(sc, k, w, join_in_en) || !lit_at(sc, w, the))
        return false;
    size_t r = w + sizeof the - 1;
    const pt_cand *c = sc->cands.items;
    size_t j = pt__first_name_from(sc, r);
    if (j == sc->names || c[j].start != r || c[j].label != PT_LABEL_PLACE)
        return false;
    /* the region ends the name: no capitalised word goes on after it (a
     * cover's "in the Arab Region 2017-2018 Summary") */
    size_t x = c[j].end;
    return !(x + 1 < sc->n && sc->t[x] == ' ' && name_word_at(sc, x + 1));
}

/* Does a word of joins_en end at e, before a space? */
static bool
join_ends_at(const pt_scan *sc, size_t e)
{
    return e >= 2 && sc->t[e] == ' ' &&
           WORD_IS(sc, word_before(sc, e), e, joins_en);
}

/* Does a listed name begin at or before b and end after e ("United
 * Nations Children's Fund", whose possessive is no modifier of its own)? */
static bool
listed_over(const pt_scan *sc, size_t b, size_t e)
{
    const pt_cand *c = sc->cands.items;
    /* names begin at most a few dozen bytes before a word they hold */
    for (size_t k = pt__first_name_from(sc, b + 1); k-- > 0 && b - c[k].start < 256;)
        if (c[k].end > e && c[k].label != PT_LABEL_NONE)
            return true;
    return false;
}

/* The start of a capitalised word in the possessive that ends at e, not a
 * listed name's nor a head's ("Prime Minister's Office"; but "Italy's
 * National Office", "the Council's Working Group"), or e. */
static size_t
possessive_start(const pt_scan *sc, size_t e)
{
    for (size_t k = 0; k < COUNT(possessive_marks); k++) {
        size_t n = strlen(possessive_marks[k]);
        if (e < n + 1 || memcmp(sc->t + e - n, possessive_marks[k], n) != 0)
            continue;
        size_t a = e - n, q = word_before(sc, a);
        if (q < a && name_word_at(sc, q) == a && !head_of(sc, q, a) &&
            pt__listed_start(sc, a, ~(1u << PT_LABEL_NONE)) == a &&
            !listed_over(sc, q, e))
            return q;
    }
    return e;
}

/* Is the word before b (and a space) a capitalised word that opens a
 * sentence but no name ("In Tarvania, Economic and ..."; not "The")? */
static bool
opens_a_sentence(const pt_scan *sc, size_t b)
{
    size_t n;
    if (b < 2 || sc->t[b - 1] != ' ')
        return false;
    size_t w = word_before(sc, b - 1);
    return w < b - 1 && pt__is_upper(cp_at(sc, w, &n)) &&
           WORD_IS(sc, w, b - 1, not_in_names_en) &&
           !WORD_IS(sc, w, b - 1, article_en);
}

/* Does the head at q stand with no capitalised word before it?  Alone,
 * it names nothing and may be a modifier joined by "and" to the next
 * ("the Programme and Budget Committee"); after one it ends a name of
 * its own ("the General Assembly and Social Council"). */
static bool
head_stands_alone(const pt_scan *sc, size_t q)
{
    size_t w = q >= 2 && sc->t[q - 1] == ' ' ? word_before(sc, q - 1) : q;
    return w == q || name_word_at(sc, w) != q - 1;
}

/* The start of an acronym in brackets that ends at e ("(LSS)") after a
 * capitalised word and a space, or e. */
static size_t
acronym_before(const pt_scan *sc, size_t e)
{
    if (e < 4 || sc->t[e - 1] != ')')
        return e;
    size_t a = e - 1;
    while (a > 0 && ascii_upper_at(sc, a - 1))
        a--;
    if (a + 3 > e || a < 3 || sc->t[a - 1] != '(' || sc->t[a - 2] != ' ')
        return e;
    size_t w = word_before(sc, a - 2);
    return w < a - 2 && name_word_at(sc, w) == a - 2 && !is_digit_at(sc, w)
               ? a - 1
               : e;
}

/* The modifiers before a head at h: capitalised words, not beginning
 * with a number (the year before "1921 Harbour Agreement" is a date), one
 * in the possessive, and "and" between two of them (Economic and Social
 * Council). */
static size_t
modifiers_start(const pt_scan *sc, size_t h, size_t *words)
{
    size_t b = h;
    /* after "and", a list may go on before it, and then only the list */
    bool listed = false, in_list = false;
    while (*words < MAX_NAME_WORDS && b >= 2 && sc->t[b - 1] == ' ') {
        if (listed && b >= 3 && sc->t[b - 2] == ',') {
            /* "African, Caribbean and Pacific Group": one capitalised
             * word before each comma, no head nor listed name, nor the
             * inside of a listed name the head ends */
            size_t q = word_before(sc, b - 2);
            if (q == b - 2 || name_word_at(sc, q) != b - 2 ||
                is_digit_at(sc, q) || head_of(sc, q, b - 2) ||
                pt__listed_start(sc, b - 2, ~(1u << PT_LABEL_NONE)) < b - 2 ||
                pt__listed_start(sc, word_end(sc, h),
                                 ~(1u << PT_LABEL_NONE)) < h ||
                opens_a_sentence(sc, q))
                break;
            b = q;
            ++*words;
            in_list = true;
            continue;
        }
        if (in_list)
            break;
        size_t a = acronym_before(sc, b - 1);
        /* "Lake Survey System (LSS) Centre"; a listed body's acronym
         * ends that body's name ("Lake Union (LU) General Assembly") */
        if (a < b - 1 && a >= 1 &&
            pt__listed_start(sc, a - 1, ~(1u << PT_LABEL_NONE)) == a - 1) {
            b = a;
            continue;
        }
        size_t p = word_before(sc, b - 1);
        if (p == b - 1)
            break;
        size_t x = name_word_at(sc, p);
        if (x == b - 1 && !is_digit_at(sc, p)) {
            b = p;
            ++*words;
            continue;
        }
        size_t owner = possessive_start(sc, b - 1);
        if (owner < b - 1) {
            b = owner;
            ++*words;
            continue;
        }
        if (x == 0 && WORD_IS(sc, p, b - 1, and_en) && p >= 2 &&
            sc->t[p - 1] == ' ') {
            /* "and" only between two capitalised words, the first not a
             * head ("the General Assembly and Social Council": two
             * names) nor the end of another name's complement ("the
             * Platform for Action and Convention on ...") */
            size_t q = word_before(sc, p - 1);
            if (q == p - 1 || name_word_at(sc, q) != p - 1 ||
                is_digit_at(sc, q) ||
                (head_of(sc, q, p - 1) && !head_stands_alone(sc, q)) ||
                (q > 0 && join_ends_at(sc, q - 1)))
                break;
            b = q;
            *words += 2;
            listed = true;
            continue;
        }
        break;
    }
    return b;
}

/* Does a gazetteer's name end at e and begin at or before b?  (Then the
 * same name read from its shape, with no complement, adds nothing but
 * work: "the Security Council".)  With `blocked_too`, also a name no
 * entity may claim (blockers.tsv: the Sustainable Development Goals). */
static bool
listed_ends_at(const pt_scan *sc, size_t b, size_t e, bool blocked_too)
{
    const pt_cand *c = sc->cands.items;
    size_t lo = 0, hi = sc->names; /* the first name beginning after b */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c[mid].start <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* names begin at most a few dozen bytes before a head they hold */
    for (size_t k = lo; k-- > 0 && b - c[k].start < 256;)
        if (c[k].end == e && (blocked_too || c[k].label != PT_LABEL_NONE))
            return true;
    return false;
}

static bool
listed_name_ends_at(const pt_scan *sc, size_t b, size_t e)
{
    return listed_ends_at(sc, b, e, false);
}

/* A gazetteer's name that begins after b and before e and ends after e,
 * the last to end: its index, or sc->names if none. */
static size_t
listed_name_across(const pt_scan *sc, size_t b, size_t e)
{
    const pt_cand *c = sc->cands.items;
    size_t lo = 0, hi = sc->names, found = sc->names, end = e;
    while (lo < hi) { /* the first name beginning after b */
        size_t mid = lo + (hi - lo) / 2;
        if (c[mid].start <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < sc->names && c[k].start < e; k++)
        if (c[k].end > end && c[k].label != PT_LABEL_NONE)
            end = c[found = k].end;
    return found;
}

/* Where a name read from its shape, whose head or last part ends at h,
 * ends before the words that join it to a name at x: before them, or h. */
static size_t
end_before_joined(const pt_scan *sc, size_t h, size_t x)
{
    while (x > h + 1 && sc->t[x - 1] == ' ') {
        size_t w = word_before(sc, x - 1);
        if (!(WORD_IS(sc, w, x - 1, joins_en) ||
              WORD_IS(sc, w, x - 1, article_en)))
            break;
        x = w;
    }
    return x > h ? (sc->t[x - 1] == ' ' ? x - 1 : x) : h;
}

/* Where a name read from its shape ends, at e after its head at h (a head
 * of `label`), when a listed name runs across e: the name takes it in
 * whole ("Administration of the Democratic People's Republic of Korea",
 * whose words stop at "People"; "Optional Protocol to the International
 * Covenant on Economic, Social and Cultural Rights"), but a body ends
 * before the words that join it to another body ("Executive Committee of
 * the Economic and Social Commission for Western Asia": two bodies, as a
 * post and its body are). */
static size_t
end_across_listed(const pt_scan *sc, size_t h, size_t e, pt_label label)
{
    size_t k = listed_name_across(sc, h, e);
    if (k == sc->names)
        return e;
    const pt_cand *c = &PT_VEC_AT(sc->cands, pt_cand, k);
    if (c->label != PT_LABEL_ORG || label != PT_LABEL_ORG)
        return c->end;
    return end_before_joined(sc, h, c->start);
}

/* The capitalised run at b and its end, or 0; its words are counted.  A
 * run that is a listed name is another entity (", UNICEF and WHO"). */
static size_t
list_item(const pt_scan *sc, size_t b, size_t *count)
{
    size_t x, end = 0, start = b;
    while (*count < MAX_NAME_WORDS && (x = name_word_at(sc, b))) {
        ++*count;
        end = x;
        if (x >= sc->n || sc->t[x] != ' ')
            break;
        b = x + 1;
    }
    return end && listed_name_ends_at(sc, start, end) ? 0 : end;
}

/* After a run of a complement that ends at e, a list of runs that goes on
 * with ", " and ends with "and" or "or" ("on Trade, Economic Growth and
 * Finance"): its end, or e where the text after e is no such list. */
static size_t
list_end(const pt_scan *sc, size_t e, size_t *words)
{
    size_t end = e, count = 0;
    while (end + 2 < sc->n && sc->t[end] == ',' && sc->t[end + 1] == ' ') {
        size_t x = list_item(sc, end + 2, &count);
        if (x == 0)
            return e;
        end = x;
    }
    if (end == e || end >= sc->n || sc->t[end] != ' ')
        return e;
    size_t w = word_end(sc, end + 1);
    if (!WORD_IS(sc, end + 1, w, list_ends_en) || w >= sc->n ||
        sc->t[w] != ' ')
        return e;
    size_t x = list_item(sc, w + 1, &count);
    if (x == 0 || *words + count > MAX_NAME_WORDS)
        return e;
    *words += count;
    return x;
}

/* Is t[b, e) one point of the compass before "and", which shares the
 * head of the name after it ("for Eastern and Southern Africa", "West and
 * Central Africa")? */
static bool
shares_its_head(const pt_scan *sc, size_t b, size_t e)
{
    return b < e && word_end(sc, b) == e && WORD_IS(sc, b, e, compass_en);
}

/* The complement after a head that ends at e: connecting words and runs
 * of capitalised words ("on the Rights of the Child"); its end, or e. */
static size_t
complement_end(const pt_scan *sc, size_t e, const name_head *head,
               size_t *words)
{
    size_t end = e, last_run = e; /* where the complement's last run begins */
    bool acts = false; /* the last run ends on a verb: "to Protect", "Ending" */
    while (*words < MAX_NAME_WORDS && end < sc->n && sc->t[end] == ' ') {
        size_t k = end + 1, w = word_end(sc, k);
        bool joined = false, theme = false;
        bool and_ = WORD_IS(sc, k, w, list_ends_en);
        /* a verb's object: "for Ending the Conflict", "to Protect the
         * Civilians" */
        if (acts && WORD_IS(sc, k, w, articles_of_objects_en) && w + 1 < sc->n &&
            sc->t[w] == ' ' && run_word_at(sc, w + 1)) {
            k = w + 1;
            joined = true;
        } else if ((and_ && end > e) || WORD_IS(sc, k, w, joins_en) ||
            (head->flags & HEAD_IN && WORD_IS(sc, k, w, join_in_en)) ||
            (head->label == INS_ && end == e && sc->t[k] >= 'A' &&
             sc->t[k] <= 'Z' && WORD_IS(sc, k, w, title_participles_en)) ||
            (end > e && later_join_at(sc, k, w))) {
            k = w;
            joined = true;
            /* a meeting's name lists its themes: "and the" goes on with
             * one ("Forum on Lakes and the Harbour Agenda") */
            if (k < sc->n && sc->t[k] == ' ' && (!and_ || head->label == EVT_)) {
                size_t a = word_end(sc, k + 1);
                if (WORD_IS(sc, k + 1, a, article_en)) {
                    k = a;
                    theme = and_;
                    if (theme && a + 1 < sc->n &&
                        pt__listed_at(sc, a + 1, 1u << PT_LABEL_ORG))
                        break; /* "... and the Lakes Council" */
                }
            }
            if (k >= sc->n || sc->t[k] != ' ')
                break;
            k++;
        }
        /* after "and" a post "of" something is a person's other title
         * ("Commission for Lakeland and Head of the Lake Mission, Ana
         * Ruiz"), not a part of the name ("Workers and Members of Their
         * Families") */
        if (!joined || (and_ && WORD_IS(sc, k, word_end(sc, k), heads_of_en) &&
                        lit_at(sc, word_end(sc, k), " of ")))
            break;
        /* a run of capitalised words, at least one; a run with a body's
         * head after any word but "of" is another body ("the Commission on
         * Human Rights for the Working Group") */
        size_t run = k, run_end = k, x, count = 0;
        bool body = false, of = WORD_IS(sc, end + 1, word_end(sc, end + 1),
                                        of_en);
        bool publication = false;
        while (*words + count < MAX_NAME_WORDS &&
               (x = run_word_at(sc, run))) {
            if (count && WORD_IS(sc, run, x, publications_en)) {
                publication = true;
                break;
            }
            const name_head *nested = of ? NULL : head_of(sc, run, x);
            if (nested && nested->flags & HEAD_NUMBERED)
                nested = NULL; /* "for Public Law and International Law" */
            /* after "and", any head begins another name ("on Lakes and
             * Harbour Protocol") */
            body = body || (nested && (nested->label == PT_LABEL_ORG ||
                                       (and_ && !theme)));
            count++;
            run_end = x;
            if (x >= sc->n || sc->t[x] != ' ')
                break;
            run = x + 1;
        }
        /* after "and" a run that is a listed name is another entity
         * ("on Trade and United Nations"), and so are several words after
         * one ("for Africa and Lake Studies Network") */
        if (count == 0 || (body && !of) ||
            (and_ && !shares_its_head(sc, last_run, end) &&
             (listed_name_ends_at(sc, k, run_end) ||
              (count > 1 && listed_name_ends_at(sc, last_run, end)))))
            break;
        /* a run of one word after "to", or one ending in "-ing", is a verb */
        acts = (count == 1 && end + 4 <= k && memcmp(sc->t + k - 4, " to ", 4) == 0) ||
               (run_end - k > 5 && memcmp(sc->t + run_end - 3, "ing", 3) == 0);
        last_run = k;
        end = list_end(sc, run_end, words);
        *words += count;
        if (publication)
            break;
    }
    return end;
}

/* The complement that goes on after a listed name, ending at x, that a
 * name takes in whole ("Forum of the Countries of Latin America and the
 * Caribbean on Sustainable Development"), up to another listed name or
 * another body's name ("... on Sustainable Development of the Economic
 * Commission for ..."): its end, or x. */
static size_t
end_after_listed(const pt_scan *sc, size_t x, const name_head *head,
                 size_t *words)
{
    size_t e = complement_end(sc, x, head, words), cut = e, n;
    const pt_cand *c = sc->cands.items;
    for (size_t k = pt__first_name_from(sc, x + 1);
         k < sc->names && c[k].start < e; k++)
        if (c[k].label != PT_LABEL_NONE) {
            cut = c[k].start;
            break;
        }
    for (size_t w = x + 1, we; w < cut; w = we + (we == w)) {
        we = word_end(sc, w);
        const name_head *body = we > w && pt__is_upper(cp_at(sc, w, &n))
                                    ? head_of(sc, w, we)
                                    : NULL;
        if (body && body->label == ORG_) {
            size_t count = 0;
            cut = modifiers_start(sc, w, &count);
            break;
        }
    }
    return cut < e ? end_before_joined(sc, x, cut) : e;
}

/* The meetings of a treaty's parties, named by the treaty: how English
 * and Chinese write them (Chinese after the treaty's name), and the one
 * value both give before the treaty's ("Conference of the Parties to the
 * Basel Convention", 巴塞尔公约缔约方大会).  Not the Conference of the
 * States Parties (缔约国会议), a body (ORG) in the gazetteer. */
const pt_parties_meeting pt__parties_meetings[PT_PARTIES_MEETINGS] = {
    {"Review Conference of the Parties to ", "缔约国审议大会",
     "Review Conference of the Parties to the "},
    {"Review Conference of the States Parties to ", "审议大会",
     "Review Conference of the Parties to the "},
    {"Conference of the Parties to ", "缔约方大会",
     "Conference of the Parties to the "},
    {"Conference of Parties to ", "", "Conference of the Parties to the "},
    {"Meeting of the Parties to ", "缔约方会议", "Meeting of the Parties to the "}};

/* The listed instrument at t[b, e), or NULL. */
static const pt_cand *
listed_instrument(const pt_scan *sc, size_t b, size_t e)
{
    const pt_cand *c = sc->cands.items;
    for (size_t k = pt__first_name_from(sc, b); k < sc->names && c[k].start == b; k++)
        if (c[k].end == e && c[k].label == PT_LABEL_INSTRUMENT)
            return &c[k];
    return NULL;
}

/* en: a meeting of a listed treaty's parties at t[b, e) ("Conference of
 * Parties to the Basel Convention"), valued as pt__parties_meetings says
 * with the treaty's value; false where the name is none. */
static bool
parties_meeting(pt_scan *sc, size_t b, size_t e, pt_status *rc)
{
    for (size_t k = 0; k < PT_PARTIES_MEETINGS; k++) {
        const pt_parties_meeting *m = &pt__parties_meetings[k];
        size_t x = b + strlen(m->en), n;
        if (!lit_at(sc, b, m->en))
            continue;
        if (lit_at(sc, x, "the "))
            x += 4;
        const pt_cand *t = listed_instrument(sc, x, e);
        char value[PT_MAX_VALUE + 1];
        if (t == NULL || (n = strlen(m->value)) + t->value_len > PT_MAX_VALUE)
            return false;
        memcpy(value, m->value, n);
        memcpy(value + n, sc->vals.ptr + t->value_off, t->value_len);
        *rc = pt__cand_add(sc, b, e, PT_LABEL_EVENT, PT_REC_SHAPE, value,
                           n + t->value_len);
        return true;
    }
    return false;
}

/* en: the kinds of a State's subdivisions, in the plural after the names
 * of two or more ("the Artibonite and Centre departments", "the Ouest and
 * Sud departments"). */
static const char *const subdivision_kinds_en[] = {
    "counties", "departments", "districts", "governorates", "municipalities",
    "oblasts", "prefectures", "provinces", "regions", "states"};

/* en: is t[b, e) names joined by "and" before the plural of a kind of
 * subdivision?  Each is then a place: where it is, emitted. */
static bool
places_before_their_kind(pt_scan *sc, size_t b, size_t e, pt_status *rc)
{
    *rc = PT_OK;
    if (!(sc->langs & PT_LANG_EN) || sc->langs == PT_ALL_LANGS || e + 1 >= sc->n ||
        sc->t[e] != ' ' || !(sc->t[e + 1] >= 'a' && sc->t[e + 1] <= 'z') ||
        !WORD_IS(sc, e + 1, word_end(sc, e + 1), subdivision_kinds_en))
        return false;
    /* names of capitalised words only, joined by "and" or commas */
    bool joined = false;
    size_t n;
    for (size_t k = b; k < e; k++) {
        if (k + 5 <= e && memcmp(sc->t + k, " and ", 5) == 0) {
            joined = true;
            k += 4;
        } else if (sc->t[k] == ' ' && !(k + 1 < e && pt__is_upper(cp_at(sc, k + 1, &n)))) {
            return false; /* "Community of Latin American and Caribbean" */
        }
    }
    if (!joined)
        return false;
    size_t part = b;
    for (size_t k = b; k < e && *rc == PT_OK;) {
        size_t cut = k + 5 <= e && memcmp(sc->t + k, " and ", 5) == 0 ? 5
                     : k + 2 <= e && memcmp(sc->t + k, ", ", 2) == 0   ? 2
                                                                       : 0;
        if (cut == 0) {
            k++;
            continue;
        }
        if (k > part)
            *rc = pt__cand_add(sc, part, k, PT_LABEL_PLACE, PT_REC_SHAPE, sc->t + part,
                               k - part);
        part = k += cut;
    }
    if (*rc == PT_OK && e > part)
        *rc = pt__cand_add(sc, part, e, PT_LABEL_PLACE, PT_REC_SHAPE, sc->t + part, e - part);
    return true;
}

/* The value: the name with each run of white space made one space. */
static pt_status
emit_name(pt_scan *sc, size_t b, size_t e, pt_label label)
{
    pt_status rc;
    if (label == PT_LABEL_EVENT && parties_meeting(sc, b, e, &rc))
        return rc;
    if (places_before_their_kind(sc, b, e, &rc))
        return rc;
    size_t plain = b; /* most names: words of ASCII and single spaces */
    while (plain < e && (unsigned char)sc->t[plain] < 0x80 &&
           (sc->t[plain] > ' ' || (sc->t[plain] == ' ' && sc->t[plain + 1] > ' ')))
        plain++;
    if (plain == e)
        return pt__cand_add(sc, b, e, label, PT_REC_SHAPE, sc->t + b, e - b);
    char value[256];
    size_t k = 0, n;
    bool space = false;
    for (size_t i = b; i < e; i += n) {
        uint32_t c = cp_at(sc, i, &n);
        if (pt__is_space(c)) {
            space = true;
            continue;
        }
        if (k + n + 1 >= sizeof value)
            return PT_OK; /* no real name is that long */
        if (space)
            value[k++] = ' ';
        space = false;
        memcpy(value + k, sc->t + i, n);
        k += n;
    }
    return pt__cand_add(sc, b, e, label, PT_REC_SHAPE, value, k);
}

/* The capitals of the acronym in brackets at t[i] ("(GAFTA)", "(StAR)":
 * SAR; "(ОДКБ)") into caps (room for 16), and the index after its ")";
 * or 0. */
static size_t
acronym_in_brackets(const pt_scan *sc, size_t i, uint32_t *caps, size_t *ncaps)
{
    size_t k = i + 1, n;
    uint32_t c;
    *ncaps = 0;
    while (k < sc->n && *ncaps < 16 &&
           (is_word_char(c = cp_at(sc, k, &n)) || c == '-')) {
        if (pt__is_acronym_capital(c))
            caps[(*ncaps)++] = c;
        else if (!(c < 0x80 || (c >= 0x430 && c <= 0x44F)))
            return 0; /* letters of another script */
        k += n;
    }
    return *ncaps >= 2 && k < sc->n && sc->t[k] == ')' &&
                   pt__is_acronym_capital(cp_at(sc, i + 1, &n))
               ? k + 1
               : 0;
}

/* Is t[b, e), a name that no head noun ends, a term (concept_heads_en)?
 * English puts a compound's head last before its first preposition
 * ("Open Method for Coordination"), else last ("Gross Domestic
 * Product"). */
static bool
names_a_concept(const pt_scan *sc, size_t b, size_t e)
{
    size_t head = b, w = b, n;
    while (w < e) {
        size_t x = word_end(sc, w);
        if (x == w)
            break;
        if (w > b &&
            (WORD_IS(sc, w, x, joins_en) || WORD_IS(sc, w, x, join_in_en)))
            break;
        head = w;
        for (w = x; w < e && !is_alnum(cp_at(sc, w, &n)); w += n)
            ; /* ", " between the words of a list */
    }
    return WORD_IS(sc, head, word_end(sc, head), concept_heads_en);
}

/* At "(": a name no gazetteer lists and no head noun reads, that the
 * acronym after it spells with the initials of its capitalised words
 * (hyphened ones give each part's: Non-Aligned, NA) and only them, the
 * words between them joined as in a complement ("Greater Arab Free Trade
 * Area (GAFTA)").  Labelled by its head, else ORG; the acronym is learned
 * for the document from it (pt__acronyms_scan). */
static pt_status
acronym_name_at(pt_scan *sc, size_t i)
{
    uint32_t caps[16];
    size_t ncaps, matched = 0, words = 0;
    if (!acronym_in_brackets(sc, i, caps, &ncaps) || i < 2 ||
        sc->t[i - 1] != ' ')
        return PT_OK;
    size_t e = i - 1, b = e, start = e;
    /* back over words: each capitalised one gives its initials, last first */
    while (matched < ncaps && words < MAX_NAME_WORDS && b > 0) {
        size_t w = word_before(sc, b);
        if (w == b)
            break;
        if (name_word_at(sc, w) >= b || is_digit_at(sc, w)) {
            for (size_t k = b; k-- > w && matched <= ncaps;)
                if (sc->t[k] >= 'A' && sc->t[k] <= 'Z' &&
                    (k == w || sc->t[k - 1] == '-')) {
                    if (matched == ncaps ||
                        caps[ncaps - 1 - matched] != (unsigned char)sc->t[k])
                        return PT_OK;
                    matched++;
                }
            start = w;
        } else if (!WORD_IS(sc, w, b, joins_en) &&
                   !WORD_IS(sc, w, b, and_en) &&
                   !WORD_IS(sc, w, b, article_en) &&
                   !WORD_IS(sc, w, b, join_in_en)) {
            return PT_OK;
        }
        words++;
        if (w < 2 || sc->t[w - 1] != ' ')
            break;
        b = w - 1;
    }
    if (matched != ncaps || words < 2 || listed_ends_at(sc, start, e, true))
        return PT_OK;
    const name_head *head = head_of(sc, word_before(sc, e), e);
    /* a building's or a place's head needs a listed name before it; a
     * name with an acronym is more often a body's ("Al-Qaida in the
     * Arabian Peninsula (AQAP)") */
    if (head && head->flags & HEAD_BARE)
        head = NULL;
    if (!head && names_a_concept(sc, start, e))
        return PT_OK;
    return emit_name(sc, start, e,
                     head ? name_label(sc, start, word_before(sc, e), e, head)
                          : PT_LABEL_ORG);
}

/* The words of French, Spanish and Portuguese names that their acronyms
 * skip ("Forces démocratiques de libération du Rwanda (FDLR)"). */
static const char *const foreign_joins[] = {
    "a", "al", "d", "de", "del", "des", "do", "dos", "du", "e", "en", "et",
    "l", "la", "las", "le", "les", "los", "para", "pela", "pelo", "por",
    "pour", "sur", "y",
    /* Russian: "Договора о коллективной безопасности (ОДКБ)" */
    "в", "во", "для", "и", "на", "о", "об", "по", "при", "с", "со"};

/* The capital a letter stands for in an acronym: A-Z, accents folded (é:
 * E), or a Russian capital (А-Я); or 0. */
static uint32_t
acronym_letter(uint32_t c)
{
    static const char folds[] = "AAAAAAACEEEEIIIIDNOOOOO OUUUUY"; /* À-Ý */
    if (c >= 'a' && c <= 'z')
        c -= 'a' - 'A';
    else if (c >= 0xE0 && c <= 0xFD)
        c -= 0x20;
    if (c >= 0xC0 && c <= 0xDD)
        c = (unsigned char)folds[c - 0xC0];
    if (c >= 0x430 && c <= 0x44F)
        c -= 0x20;
    else if (c == 0x451) /* ё */
        c = 0x401;
    return pt__is_acronym_capital(c) ? c : 0;
}

/* The letter a word's initial stands for in an acronym: A-Z, accents
 * folded (É: E), past an elided article ("d’Ivoire": I), or a Russian
 * capital (А-Я); or 0. */
static uint32_t
acronym_initial(const pt_scan *sc, size_t w, size_t e)
{
    size_t n;
    for (size_t k = w; k + 1 < e && k < w + 2; k++) /* d', l', d’ */
        if (sc->t[k] == '\'' || lit_at(sc, k, "\u2019")) {
            w = k + (sc->t[k] == '\'' ? 1 : 3);
            break;
        }
    return acronym_letter(cp_at(sc, w, &n));
}


/* ru: the endings of adjectives, which are capitalised in names of
 * places and bodies ("в районах Донецкой области", "в округе Российской
 * Федерации") and are no name of their own; a name ends so seldom ("-ей"
 * is left out: Джонглей) */
static const char *const adjective_endings_ru[] = {
    "ая", "ее", "его", "ему", "ие", "ий", "ими", "ого", "ое", "ой",
    "ому", "ую", "ые", "ый", "ым", "ыми", "ых", "их", "юю", "яя"};

/* ru: the stems of the head nouns of names given with their acronyms,
 * whose endings their case changes ("Договора", "Конференции"), and the
 * labels they give; a body's otherwise.  Goals name nothing
 * (blockers.tsv: "Millennium Development Goals"). */
typedef struct stem_label {
    const char *stem; /* lower case */
    uint8_t label;
} stem_label;

static const stem_label head_stems_ru[] = {
    {"договор", INS_}, {"конвенци", INS_}, {"соглашени", INS_}, {"пакт", INS_},
    {"деклараци", INS_}, {"стратеги", INS_}, {"план", INS_}, {"протокол", INS_},
    {"устав", INS_}, {"кодекс", INS_}, {"закон", INS_}, {"стандарт", INS_},
    {"конференци", EVT_}, {"форум", EVT_}, {"саммит", EVT_}, {"совещани", EVT_},
    {"встреч", EVT_}, {"диалог", EVT_}, {"процесс", EVT_},
    {"цел", PT_LABEL_NONE}};

/* ru: the label of the name t[b, e) by its head, its first word that
 * does not end as an adjective does ("Международных стандартов"). */
static pt_label
label_by_head_ru(const pt_scan *sc, size_t b, size_t e)
{
    size_t w = b, n;
    while (w < e) {
        size_t we = w;
        while (we < e && is_word_char(cp_at(sc, we, &n)))
            we += n;
        if (!pt__ends_in(sc, w, we, adjective_endings_ru, COUNT(adjective_endings_ru))) {
            uint32_t c = cp_at(sc, w, &n);
            for (size_t k = 0; k < COUNT(head_stems_ru); k++) {
                const char *stem = head_stems_ru[k].stem;
                size_t m;
                /* the first letter in either case, the rest as written */
                uint32_t first = pt__decode(stem, strlen(stem), 0, &m);
                if ((c == first || c + 0x20 == first) && we - w > strlen(stem) - m &&
                    memcmp(sc->t + w + n, stem + m, strlen(stem) - m) == 0)
                    return (pt_label)head_stems_ru[k].label;
            }
            return PT_LABEL_ORG;
        }
        w = we + 1;
    }
    return PT_LABEL_ORG;
}

/* Past an elided article or preposition that begins the word at w
 * ("l'Union", "d’Ivoire"): where the word itself begins. */
static size_t
past_elision(const pt_scan *sc, size_t w)
{
    char c = sc->t[w];
    if (w + 2 < sc->n && (c == 'l' || c == 'L' || c == 'd' || c == 'D')) {
        if (sc->t[w + 1] == '\'')
            return w + 2;
        if (lit_at(sc, w + 1, "\xE2\x80\x99"))
            return w + 4;
    }
    return w;
}

/* The start of the name that ends at t[e] and whose words' initials
 * spell the acronym's capitals caps[0, ncaps), the other words the joins
 * such names skip; PT_NONE where none does.  *lower: a word of it is in
 * lower case; *joined: a join is in it. */
static size_t
spelled_name_start(const pt_scan *sc, size_t e, const uint32_t *caps,
                   size_t ncaps, bool *lower, bool *joined)
{
    size_t matched = 0, words = 0, b = e, start = e, n;
    while (matched < ncaps && words < MAX_NAME_WORDS && b > 0) {
        size_t w = word_before(sc, b);
        if (w == b)
            return PT_NONE;
        if (WORD_IS(sc, w, b, foreign_joins) && pt__is_lower(cp_at(sc, w, &n))) {
            *joined = true; /* "du", "de": though its initial be the next letter */
        } else if (acronym_initial(sc, w, b) == caps[ncaps - 1 - matched]) {
            matched++;
            *lower |= pt__is_lower(cp_at(sc, w, &n));
            start = w;
        } else {
            return PT_NONE;
        }
        words++;
        if (w < 2 || sc->t[w - 1] != ' ')
            break;
        b = w - 1;
    }
    return matched == ncaps ? start : PT_NONE;
}

/* The heads that open a body's, an instrument's and a meeting's name in
 * Spanish, which puts the head first and its complement after, each
 * capitalised as the United Nations' Spanish writes them ("Ministerio
 * del Ambiente", "Tribunal Constitucional", "Ley de Consulta Previa"), in
 * the order of their letters.  "Gobierno" is none: a Government of a
 * State is the State (ANNOTATION.md).  (French writes the complement in
 * lower case, "Ministère des droits humains", which no shape bounds.) */
static const char *const first_heads_org[] = {
    "agencia", "alianza", "asamblea", "asociación", "banco", "comisión",
    "comité", "confederación", "congreso", "consejo", "coordinadora", "corte",
    "cámara", "defensoría", "dirección", "ejército", "federación", "fiscalía",
    "fondo", "frente", "fuerzas", "instituto", "mecanismo", "ministerio",
    "misión", "movimiento", "observatorio", "oficina", "organismo", "organización",
    "partido", "policía", "programa", "red", "secretaría", "senado",
    "servicio", "superintendencia", "tribunal", "unión",
    "viceministerio"
};
/* The start of the name that ends at t[e] and holds the acronym's
 * capitals caps[0, ncaps) in order, its first one a word's initial, as
 * acronyms that take more than a word's initial spell it ("Comisionado
 * Nacional de los Derechos Humanos (CONADEH)", "Secretaría de Estado en
 * el Despacho de Derechos Humanos (SEDH)"): Schwartz and Hearst's
 * reading of an abbreviation's definition (PSB 2003), its last letters
 * matched first, at most min(ncaps + 5, 2 ncaps) words back within the
 * clause, the joins uncounted.  PT_NONE where none does. */
static size_t
letters_name_start(const pt_scan *sc, size_t e, const uint32_t *caps,
                   size_t ncaps)
{
    size_t words = 1, most = ncaps + 5 < 2 * ncaps ? ncaps + 5 : 2 * ncaps;
    size_t k = ncaps, p = e, n;
    while (k > 0 && p > 0) {
        p = pt__prev(sc->t, p);
        uint32_t c = cp_at(sc, p, &n);
        if (pt__char_in_set(".;:()[]", c))
            return PT_NONE;
        /* words the acronym may skip count for nothing: "de los" */
        if (c == ' ' && !WORD_IS(sc, p + 1, word_end(sc, p + 1), foreign_joins) &&
            ++words > most)
            return PT_NONE;
        size_t before = p ? pt__prev(sc->t, p) : 0;
        bool word_start = p == 0 || sc->t[before] == ' ' || sc->t[before] == '\'' ||
                          lit_at(sc, before, "\u2019");
        if (acronym_letter(c) == caps[k - 1] && (k > 1 || word_start))
            k--;
    }
    /* one word is a term's ("Perfluorocarbonos (PFC)"), not a name's */
    return k == 0 && words >= 2 ? p : PT_NONE;
}

/* Where a name ends before the State or place that follows it and that
 * its acronym leaves out, behind one or two joins ("Commission nationale
 * des droits de l'homme du Mali (CNDH)", "... de la République
 * centrafricaine"): the end of the name before them, or PT_NONE. */
static size_t
end_before_a_state(const pt_scan *sc, size_t e)
{
    size_t s = pt__listed_start(sc, e, 1u << PT_LABEL_COUNTRY | 1u << PT_LABEL_PLACE), n;
    if (s >= e)
        return PT_NONE;
    for (int joins = 0; joins < 2; joins++) { /* "du", "de la" */
        if (s < 2 || sc->t[s - 1] != ' ')
            return PT_NONE;
        size_t w = word_before(sc, s - 1);
        if (w == s - 1 || !WORD_IS(sc, w, s - 1, foreign_joins) ||
            !pt__is_lower(cp_at(sc, w, &n)))
            return joins ? s - 1 : PT_NONE;
        s = w;
    }
    return s >= 2 && sc->t[s - 1] == ' ' ? s - 1 : PT_NONE;
}

/* At "(": a name in French, Spanish, Portuguese or Russian given with its acronym
 * ("the Forces républicaines de Côte d’Ivoire (FRCI)", "la Commission
 * électorale nationale indépendante (CENI)", "el Ejército de Liberación
 * Nacional (ELN)"): capitalised first, each word's initial the acronym's
 * next letter, the other words those such names join with.  In an
 * English text, a word in lower case or a join tells it from an English
 * name.  An ORG, its acronym learned as for the others; where a State
 * stands between the name and its acronym, the acronym is given here. */
static pt_status
foreign_acronym_name_at(pt_scan *sc, size_t i)
{
    uint32_t caps[16];
    size_t ncaps, n, after;
    /* in a French, Spanish or Russian text such names are the text's own */
    bool own = !(sc->langs & PT_LANG_EN);
    if (!(sc->langs & (PT_LANG_EN | PT_LANG_FR | PT_LANG_ES | PT_LANG_RU)) ||
        !(after = acronym_in_brackets(sc, i, caps, &ncaps)) || ncaps < 3 || i < 2 ||
        sc->t[i - 1] != ' ')
        return PT_OK;
    size_t e = i - 1;
    bool lower = false, joined = false;
    size_t start = spelled_name_start(sc, e, caps, ncaps, &lower, &joined);
    bool apart = false;
    if (start == PT_NONE && own && (e = end_before_a_state(sc, i - 1)) != PT_NONE) {
        start = spelled_name_start(sc, e, caps, ncaps, &lower, &joined);
        apart = true;
    }
    if (start == PT_NONE && own) {
        e = i - 1; /* the name ends before its closing quote: "« ... » (FDLR)" */
        for (uint32_t c; e > 0 && (c = cp_at(sc, pt__prev(sc->t, e), &n),
                                   !is_word_char(c) && !pt__char_in_set(").", c));)
            e = pt__prev(sc->t, e);
        apart = e < i - 1;
        start = letters_name_start(sc, e, caps, ncaps);
        /* a head whose initial is the acronym's first opens the name
         * before the word that matched it ("Consejo Cívico de ...
         * (COPINH)") */
        size_t h;
        if (start != PT_NONE && start >= 2 && sc->t[start - 1] == ' ' &&
            (h = word_before(sc, start - 1)) < start - 1 &&
            acronym_initial(sc, h, start - 1) == caps[0] &&
            WORD_IS(sc, h, start - 1, first_heads_org))
            start = h;
    }
    if (start != PT_NONE) /* the article is no part of the name: "l'Union" */
        start = past_elision(sc, start);
    /* English names with their acronyms are read otherwise; an English
     * term that begins a sentence ("Foreign direct investment (FDI)")
     * has no article before it, as a body's name has in English */
    if (start == PT_NONE || !pt__is_upper(cp_at(sc, start, &n)) ||
        listed_ends_at(sc, start, e, true) ||
        (!own && (!(lower || joined) ||
                  !(joined || (start >= 4 &&
                               WORD_IS(sc, word_before(sc, start - 1),
                                       start - 1, article_en))) ||
                  names_a_concept(sc, start, e))))
        return PT_OK;
    pt_label label = sc->langs & PT_LANG_RU ? label_by_head_ru(sc, start, e) : PT_LABEL_ORG;
    if (label == PT_LABEL_NONE)
        return PT_OK;
    size_t emitted = sc->cands.n;
    pt_status rc = emit_name(sc, start, e, label);
    if (rc != PT_OK || !apart || sc->cands.n == emitted)
        return rc;
    return pt__cand_add_value_of(sc, i + 1, after - 1, label, PT_REC_ACRONYM,
                                 sc->cands.n - 1);
}

/* ---- names whose head comes first: Spanish ---------------------------- */

static const char *const first_heads_instrument[] = {
    "acuerdo", "agenda", "compromiso", "constitución", "convención", "convenio",
    "código", "decreto", "estatuto", "estrategia", "ley", "marco", "pacto", "plan",
    "política", "protocolo", "tratado"
};
/* ... of them, those whose names have a complement: with adjectives alone
 * they are a short reference ("la Convención Interamericana"), or a
 * person ("Marco Rubio") */
static const char *const complemented_heads_instrument[] = {
    "agenda", "compromiso", "convención", "estatuto", "marco"};
static const char *const first_heads_event[] = {
    "año", "conferencia", "cumbre", "decenio", "diálogo", "día", "foro"
};

/* The endings of the Spanish adjectives and participles that follow a
 * head in lower case before its capitalised complement ("Fuerzas armadas
 * de la República", "Mecanismo intersectorial para la Protección"): the
 * verb after a name ("el Congreso aprobó") has none. */
static const char *const complement_adjective_endings[] = {
    "al", "ales", "ico", "ica", "icos", "icas", "ano", "ana", "ense",
    "ario", "aria", "ional", "ionales", "ado", "ada", "ados", "adas", "ido",
    "ida", "ente", "ivo", "iva"};

/* The words that, alone after a head, make a short reference to a body
 * or meeting named in full elsewhere ("el Comité Especial", "la
 * Conferencia de las Partes", "el Programa provisional"), as
 * generic_modifiers_en and generic_complements_en do in English, in the
 * order of their letters. */
static const char *const generic_words_es[] = {
    "amigos", "conjunta", "conjunto", "consultiva", "consultivo", "especial",
    "examen", "expertos", "general", "mundial", "nacional", "partes",
    "permanente", "preparatorio", "principal", "provisional", "regional",
    "reunión", "sesión", "trabajo"
};

/* Words between a head's other words: joins, articles, "y". */
static const char *const first_head_small_words[] = {
    "de", "del", "el", "en", "la", "las", "los", "para", "y"
};

/* Is every word of t[b, e) after a head a generic one or a small one? */
static bool
only_generic_words(const pt_scan *sc, size_t b, size_t e)
{
    size_t n;
    for (size_t w = b; w < e;) {
        while (w < e && !pt__is_latin_letter(cp_at(sc, w, &n)))
            w += n;
        size_t x = w;
        while (x < e && pt__is_latin_letter(cp_at(sc, x, &n)))
            x += n;
        if (x > w && !WORD_IS(sc, w, x, generic_words_es) &&
            !WORD_IS(sc, w, x, first_head_small_words))
            return false;
        w = x;
    }
    return true;
}

/* The words that join a head to its capitalised complement. */
static const char *const first_head_joins[] = {
    " de la ", " de las ", " de los ", " del ", " de ", " para la ",
    " para el ", " para los ", " para las ", " para ", " en ", " contra el ",
    " contra la ", " contra los ", " contra las ", " contra ", " sobre el ",
    " sobre la ", " sobre los ", " sobre las ", " sobre ", " ante el ", " ante la ",
    " ante los ", " ante las "};

/* A lower-case word at t[b] (Latin letters): where it ends, or b. */
static size_t
lower_word_end(const pt_scan *sc, size_t b)
{
    size_t n;
    if (b >= sc->n || !pt__is_lower(cp_at(sc, b, &n)))
        return b;
    size_t e = word_end(sc, b);
    for (size_t k = b; k < e; k += n)
        if (!pt__is_latin_letter(cp_at(sc, k, &n)))
            return b;
    return e;
}

/* Does a gazetteer's name begin before i and end after it ("Quinta
 * Comisión" round "Comisión")? */
static bool
inside_listed_name(const pt_scan *sc, size_t i)
{
    const pt_cand *c = sc->cands.items;
    for (size_t k = pt__first_name_from(sc, i); k-- > 0 && i - c[k].start < 256;)
        if (c[k].end > i)
            return true;
    return false;
}

/* The end of the longest listed name with one of `labels` that begins
 * at b, or b. */
static size_t
listed_end_at(const pt_scan *sc, size_t b, uint32_t labels)
{
    const pt_cand *c = sc->cands.items;
    size_t e = b;
    for (size_t k = pt__first_name_from(sc, b); k < sc->names && c[k].start == b; k++)
        if (labels >> c[k].label & 1 && c[k].end > e)
            e = c[k].end;
    return e;
}

/* en: what an unlisted instrument's name that ends at e takes after its
 * complement: the State it is made for ("Political Agreement for Peace
 * and Reconciliation in the Central African Republic") and the years it
 * runs ("Environment Strategy for Peace Operations 2023–2030"); its new
 * end, or e. */
static size_t
instrument_tail_end(const pt_scan *sc, size_t e)
{
    static const char *const in_state[] = {" in the ", " in "};
    size_t k = lit_in(sc, e, in_state, COUNT(in_state)), x, n;
    if (k && (x = listed_end_at(sc, k, 1u << PT_LABEL_COUNTRY)) > k &&
        !(x < sc->n && is_word_char(cp_at(sc, x, &n))))
        e = x;
    if (e + 10 <= sc->n && sc->t[e] == ' ' && pt__year_at(sc, e + 1)) {
        size_t d = e + 5;
        size_t y2 = sc->t[d] == '-' ? d + 1 : lit_at(sc, d, "\u2013") ? d + 3 : 0;
        if (y2 && pt__year_at(sc, y2) > pt__year_at(sc, e + 1))
            e = y2 + 4;
    }
    return e;
}

/* fr: the heads that open a body's or a code's name, whose complement
 * French writes in lower case ("Ministère de la justice et des droits
 * humains", "Commission nationale des droits de l'homme", "Code des
 * personnes et de la famille"), in the order of their letters. */
static const char *const first_heads_org_fr[] = {
    "agence", "alliance", "assemblée", "association", "autorité", "banque",
    "brigade", "caisse", "cellule", "centre", "comité", "commissariat",
    "commission", "conseil", "cour", "direction", "délégation", "département",
    "fondation", "fonds", "forces", "groupe", "haut-commissariat", "inspection",
    "institut", "ministère", "mouvement", "observatoire", "office",
    "organisation", "parti", "réseau", "secrétariat", "service", "société",
    "tribunal", "union", "unité"};
static const char *const first_heads_instrument_fr[] = {
    "accord", "charte", "code", "convention", "pacte", "plan", "programme",
    "protocole", "stratégie", "traité"};
/* ... and of meetings ("Conférence des Nations Unies sur l'eau de 2026",
 * "Journée mondiale de l'eau", "Décennie des Nations Unies pour la
 * restauration des écosystèmes") */
static const char *const first_heads_event_fr[] = {"année", "conférence", "décennie",
                                                   "forum", "journée", "sommet"};
/* ... of them, those that bodies of every kind bear, which one word after
 * them names no more than generically ("Conseil d'administration",
 * "Comité d'experts", "Comité de coordination"): their names take two. */
static const char *const collective_heads_fr[] = {
    "alliance", "assemblée", "association", "autorité", "caisse", "cellule",
    "centre", "comité", "commission", "conférence", "conseil", "délégation",
    "département", "forces", "forum", "groupe", "inspection", "office",
    "organisation", "plan", "programme", "réseau", "secrétariat", "service",
    "sommet", "stratégie", "unité"};

/* A word of letters at t[b], either case: where it ends, or b. */
static size_t
letter_word_end(const pt_scan *sc, size_t b)
{
    size_t n, e = b;
    while (e < sc->n && (pt__is_latin_letter(cp_at(sc, e, &n)) ||
                         (sc->t[e] == '-' && e > b)))
        e += n;
    return e > b && sc->t[e - 1] != '-' ? e : b;
}

/* The words that join a French head or noun to the noun after it; the
 * longest first. */
static const char *const first_head_joins_fr[] = {
    " et de la ", " et de l\u2019", " et de l'", " et des ", " et du ",
    " et de ", " et d\u2019", " et d'", " et la ", " et le ", " et les ",
    " et l\u2019", " et l'",
    " de la ", " de l\u2019", " de l'", " des ", " du ", " de ", " d\u2019",
    " d'", " pour la ", " pour le ", " pour les ", " pour l\u2019",
    " pour l'", " aux ", " contre la ", " contre les ",
    " contre le ", " contre ", " sur la ", " sur le ", " sur les ",
    " sur l\u2019", " sur l'", " sur "};

/* The endings of French adjectives after a noun of a name ("nationale",
 * "juridictionnelle", "pénal", "civique", "humains"); not those of the
 * participles a sentence goes on with ("créée", "concernant"). */
static const char *const adjective_endings_fr[] = {
    "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "erne",
    "ernes", "ique", "iques", "aire", "aires", "ien", "ienne", "iens", "iennes", "ain",
    "aine", "ains", "aines", "if", "ive", "ifs", "ives", "il", "ile",
    "eur", "eure", "eurs", "eures", "ier", "ière", "iers", "ières", "ère",
    "ères", "ide", "ides"};

/* Words after a join that no name's noun is: pronouns and determiners
 * ("de lui", "de leurs"); infinitives end the name ("le Conseil de
 * sécurité de veiller", "de prendre"), by the endings most of them have
 * ("aire" and "uire" take "faire", "produire"; "affaire" is lost). */
static const char *const not_name_nouns_fr[] = {
    "autre", "autres", "ce", "ces", "cette", "elle", "elles", "en", "eux",
    "la", "le", "les", "leur", "leurs", "lui", "sa", "se", "ses", "son",
    "tous", "tout", "toute", "toutes", "un", "une", "y"};
/* Adjectives that open a complement of their own ("relative à"): they
 * end a name. */
static const char *const complement_adjectives_fr[] = {
    "relatif", "relatifs", "relative", "relatives"};
static const char *const infinitive_endings_fr[] = {"er", "ir", "oir", "ndre",
                                                    "ttre", "aire", "uire"};

/* A noun of a name at t[b] after a join, or the listed name there:
 * where it ends, or b. */
static size_t
name_noun_end_fr(const pt_scan *sc, size_t b)
{
    size_t e = listed_end_at(sc, b, 1u << PT_LABEL_ORG | 1u << PT_LABEL_PLACE), n;
    if (e > b)
        return e; /* "des Nations Unies" */
    e = letter_word_end(sc, b);
    /* "de décembre 2001": the sentence's date */
    if (e == b || WORD_IS(sc, b, e, not_name_nouns_fr) ||
        pt__listed_at(sc, b, 1u << PT_LABEL_COUNTRY) || pt__month_of(sc->t, b, e))
        return b;
    if (pt__is_lower(cp_at(sc, b, &n)) &&
        pt__ends_in(sc, b + 1, e, infinitive_endings_fr, COUNT(infinitive_endings_fr)))
        return b;
    return e;
}

/* The adjectives French puts before a noun ("la petite enfance"). */
static const char *const prenominal_fr[] = {
    "bonne", "bonnes", "grande", "grandes", "haute", "hautes", "jeune",
    "jeunes", "nouvelle", "nouvelles", "petite", "petites"};

/* fr: a numbered act and its title ("loi no 029/PR/2015 portant
 * interdiction du mariage d'enfants", "ordonnance no 012/PR/2018
 * instituant la parité"): the act, its number, and the title that a
 * participle or preposition opens, up to the clause's punctuation or a
 * word that goes on with the sentence ("a été adoptée"). */
static const char *const numbered_acts_fr[] = {"arrêté", "décret", "loi",
                                               "ordonnance"};
static const char *const act_signs_fr[] = {" no ", " n° ", " nº ", " no. "};
static const char *const act_titles_fr[] = {
    " concernant ", " créant ", " fixant ", " instituant ", " modifiant ",
    " portant ", " relatif à ", " relatif au ", " relatif aux ", " relative à ",
    " relative au ", " relative aux ", " sur "};
static const char *const sentence_words_fr[] = {
    "a", "afin", "ainsi", "avait", "depuis", "doit", "doivent", "dont", "est",
    "lors", "mais", "ne", "ont", "pour", "que", "qui", "se", "sera",
    "seront", "sont", "été"};
/* The articles, prepositions and "et" inside a title, which never end it. */
static const char *const title_joins_fr[] = {
    "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les",
    "à"};
#define ACT_TITLE_WORDS 16

static pt_status
numbered_act_fr(pt_scan *sc, size_t i, size_t h)
{
    size_t k = lit_in(sc, h, act_signs_fr, COUNT(act_signs_fr)), e = k, n;
    if (!k || !is_digit_at(sc, k))
        return PT_OK;
    /* 029/PR/2015, 2018-045: letters and digits, a separator between */
    for (; e < sc->n; e += n) {
        if (is_alnum(cp_at(sc, e, &n)))
            continue;
        size_t m;
        if (!pt__char_in_set("/-.", (unsigned char)sc->t[e]) || e + 1 >= sc->n ||
            !is_alnum(cp_at(sc, e + 1, &m)))
            break;
        n = 1;
    }
    size_t x = lit_in(sc, e, act_titles_fr, COUNT(act_titles_fr));
    for (int words = 0; x && words < ACT_TITLE_WORDS; words++) {
        size_t w = letter_word_end(sc, x);
        if (w == x || WORD_IS(sc, x, w, sentence_words_fr) ||
            WORD_IS(sc, x, w, numbered_acts_fr))
            break; /* "et la loi no 12": another act */
        if (!WORD_IS(sc, x, w, title_joins_fr))
            e = w; /* the title ends on a word of its own */
        x = sc->t[w] == ' '             ? w + 1
            : lit_at(sc, w, "\u2019")  ? w + 3
            : sc->t[w] == '\''         ? w + 1
                                        : 0;
    }
    return emit_name(sc, i, e, PT_LABEL_INSTRUMENT);
}

/* fr: after a meeting's name that ends at e, its year ("de 2026"): the
 * year's end, or e. */
static size_t
year_after_fr(const pt_scan *sc, size_t e)
{
    return lit_at(sc, e, " de ") && pt__year_at(sc, e + 4) &&
                   !(e + 8 < sc->n && is_digit_at(sc, e + 8))
               ? e + 8
               : e;
}

/* At a capitalised head in a French text: the name it opens with its
 * complement in lower case, nouns after joins and adjectives after
 * them, up to a listed State (the ministry's State stays outside) or
 * another body ("et du Conseil"); a head with adjectives alone is a
 * short reference ("la Commission nationale"), and a listed name the
 * head begins stands as listed. */
static pt_status
first_head_name_fr(pt_scan *sc, size_t i, size_t h, pt_label label)
{
    size_t e = h, k = h, x, n, complements = 0, adjectives = 0;
    bool coordinable = false; /* has a complement under "pour", "contre", "sur" */
    size_t bodies = 0;    /* complements that are listed bodies */
    /* a listed name that the head begins stands as listed */
    if (listed_end_at(sc, i, 1u << PT_LABEL_ORG | 1u << PT_LABEL_INSTRUMENT |
                                 1u << PT_LABEL_EVENT) > i)
        return PT_OK;
    for (int words = 0; words < MAX_NAME_WORDS && k < sc->n; words++) {
        size_t j = lit_in(sc, k, first_head_joins_fr, COUNT(first_head_joins_fr));
        if (j && pt__listed_at(sc, j, 1u << PT_LABEL_COUNTRY))
            break;
        /* "sur" names a subject after a complement ("Groupe d'experts sur
         * la météorologie"); after the head it is the sentence's ("le
         * Conseil exécutif sur les travaux") */
        if (j && !complements && lit_at(sc, k, " sur "))
            break;
        /* "et du Conseil": another body; "et" joins a complement to
         * another ("de la justice et des droits humains"), not to the
         * head ("l'Accord politique et des recommandations"); "et la"
         * one under "pour", "contre" or "sur" ("pour la paix et la
         * réconciliation", "pour l'habitat et les établissements
         * humains"), not under "de" ("des comptes et les tribunaux") */
        if (j && sc->t[k + 1] == 'e' &&
            (pt__is_upper(cp_at(sc, j, &n)) || !complements ||
             (!lit_at(sc, k, " et d") && !coordinable)))
            break;

        if (j && (x = name_noun_end_fr(sc, j)) > j) {
            if (WORD_IS(sc, j, x, prenominal_fr) && sc->t[x] == ' ' &&
                lower_word_end(sc, x + 1) > x + 1)
                x = lower_word_end(sc, x + 1); /* "la petite enfance" */
            /* a listed body's name names the body it belongs to
             * ("Conseil de l'Union européenne"): two words' worth */
            bool body = listed_end_at(sc, j, 1u << PT_LABEL_ORG) == x;
            complements += 1 + body;
            bodies += body;
            coordinable |= lit_at(sc, k, " pour ") || lit_at(sc, k, " contre ") ||
                           lit_at(sc, k, " sur ");
            k = e = x;
        } else if (k + 1 < sc->n && sc->t[k] == ' ' &&
                   (x = lower_word_end(sc, k + 1)) > k + 1 &&
                   /* a State's adjective inside the name, a join after it
                    * ("Conseil norvégien pour les réfugiés") */
                   (!pt__listed_at(sc, k + 1, 1u << PT_LABEL_COUNTRY) ||
                    lit_in(sc, x, first_head_joins_fr, COUNT(first_head_joins_fr))) &&
                   !WORD_IS(sc, k + 1, x, complement_adjectives_fr) &&
                   (pt__ends_in(sc, k + 2, x, adjective_endings_fr,
                                COUNT(adjective_endings_fr)) ||
                    /* "antimines", "antipersonnel": invariable */
                    (x > k + 5 && lit_at(sc, k + 1, "anti")))) {
            k = e = x; /* "nationale", "pénal" */
            adjectives++;
        } else {
            break;
        }
    }
    /* a code is named by its adjectives ("Code pénal"); another head
     * with adjectives alone is a short reference ("Protocole facultatif"),
     * and an instrument with no complement but its body's ("la Convention
     * de l'ONU relative aux droits de l'enfant") */
    if ((!complements && !lit_at(sc, i, "Code")) || e == h ||
        (label == PT_LABEL_INSTRUMENT && complements && bodies * 2 == complements) ||
        (complements + adjectives < 2 && WORD_IS(sc, i, h, collective_heads_fr)) ||
        listed_ends_at(sc, i, e, true) || inside_listed_name(sc, i))
        return PT_OK;
    /* a conference with an acronym of its own is a body (Conférence
     * internationale sur la région des Grands Lacs (CIRGL)) */
    if (label == PT_LABEL_EVENT && lit_at(sc, i, "Conf") && lit_at(sc, e, " (") &&
        e + 3 < sc->n && pt__is_upper(cp_at(sc, e + 2, &n)))
        label = PT_LABEL_ORG;
    if (label == PT_LABEL_EVENT)
        e = year_after_fr(sc, e);
    return emit_name(sc, i, e, label);
}

/* es: after an instrument's name that ends at e, the year and the number
 * of an ILO convention (", 1989 (núm. 169)"): their end, or e. */
static size_t
convention_year_and_number_es(const pt_scan *sc, size_t e)
{
    static const char number[] = " (núm. ";
    size_t y = e + 2, k = y + 4 + sizeof number - 1;
    if (!lit_at(sc, e, ", ") || !pt__year_at(sc, y) || !lit_at(sc, y + 4, number) ||
        !is_digit_at(sc, k))
        return e;
    while (k < sc->n && is_digit_at(sc, k))
        k++;
    return k < sc->n && sc->t[k] == ')' ? k + 1 : e;
}

/* es: a numbered law or decree ("Ley núm. 21.735", "Ley 2277 de 2022",
 * "Decreto N° 1066"): the act, its number and the year after "de". */
static const char *const numbered_acts_es[] = {"decreto", "ley"};
static const char *const act_signs_es[] = {" núm. ", " N° ", " Nº ", " N.º ", " n.º ",
                                           " No. ", " no. ", " "};

static size_t
numbered_act_es_end(const pt_scan *sc, size_t h)
{
    size_t k = lit_in(sc, h, act_signs_es, COUNT(act_signs_es)), e = k, n;
    if (!k || !is_digit_at(sc, k))
        return 0;
    /* 21.735, 2277, 30364, 019-2020: digits, a dot, slash or hyphen between */
    while (e < sc->n && (is_digit_at(sc, e) ||
                         (pt__char_in_set("./-", (unsigned char)sc->t[e]) &&
                          e + 1 < sc->n && is_digit_at(sc, e + 1))))
        e++;
    if (lit_at(sc, e, " de ") && pt__year_at(sc, e + 4) &&
        !(e + 8 < sc->n && is_alnum(cp_at(sc, e + 8, &n))))
        e += 8;
    return e;
}

/* At a capitalised head in a Spanish text: the name it opens, up to
 * the last capitalised word of its complement, labelled by the head; a
 * head with adjectives alone after it is a short reference ("el
 * Protocolo adicional"), with nothing after it none ("el Congreso"). */
static pt_status
first_head_name_at(pt_scan *sc, size_t i, size_t *resume)
{
    (void)resume;
    size_t n;
    if (!(sc->langs == PT_LANG_ES || sc->langs == PT_LANG_FR))
        return PT_OK;
    size_t h = word_end(sc, i);
    if (sc->langs == PT_LANG_FR && WORD_IS(sc, i, h, numbered_acts_fr))
        return numbered_act_fr(sc, i, h);
    size_t act;
    if (sc->langs == PT_LANG_ES && WORD_IS(sc, i, h, numbered_acts_es) &&
        pt__is_upper(cp_at(sc, i, &n)) && (act = numbered_act_es_end(sc, h)))
        return emit_name(sc, i, act, PT_LABEL_INSTRUMENT);
    if (!pt__is_upper(cp_at(sc, i, &n)))
        return PT_OK;
    if (sc->langs == PT_LANG_FR)
        return WORD_IS(sc, i, h, first_heads_org_fr)
                   ? first_head_name_fr(sc, i, h, PT_LABEL_ORG)
               : WORD_IS(sc, i, h, first_heads_instrument_fr)
                   ? first_head_name_fr(sc, i, h, PT_LABEL_INSTRUMENT)
               : WORD_IS(sc, i, h, first_heads_event_fr)
                   ? first_head_name_fr(sc, i, h, PT_LABEL_EVENT)
                   : PT_OK;
    pt_label label = WORD_IS(sc, i, h, first_heads_org)          ? PT_LABEL_ORG
                     : WORD_IS(sc, i, h, first_heads_instrument) ? PT_LABEL_INSTRUMENT
                     : WORD_IS(sc, i, h, first_heads_event)      ? PT_LABEL_EVENT
                                                                 : PT_LABEL_NONE;
    if (label == PT_LABEL_NONE)
        return PT_OK;
    size_t e = h, k = h;
    bool capital = false;
    bool ministry = lit_at(sc, i, "Minist") || lit_at(sc, i, "Vicemin"), joined = false;
    for (int words = 0; words < MAX_NAME_WORDS && k < sc->n; words++) {
        size_t j = lit_in(sc, k, first_head_joins, COUNT(first_head_joins)), x;
        /* "ante" joins a mission to where it is accredited ("Misión
         * Permanente de Guatemala ante la Oficina ..."); after other heads
         * it is the sentence's ("la Ley ... ante el Congreso") */
        if (j && lit_at(sc, k, " ante ") && !lit_at(sc, i, "Misi"))
            break;
        /* a ministry's State stays outside, as in English ("Ministerio de
         * Educación del Perú": the ministry and Peru) */
        if (j && ministry && pt__listed_at(sc, j, 1u << PT_LABEL_COUNTRY))
            break;
        if (j && (x = name_word_at(sc, j)) && !is_digit_at(sc, j)) {
            /* ("en" joins a place, no complement: "Marco Rubio en Washington") */
            joined |= !lit_at(sc, k, " en ");
            k = e = x; /* "del Ambiente", "de la República" */
            capital = true;
        } else if (k + 1 < sc->n && sc->t[k] == ' ' &&
                   (x = name_word_at(sc, k + 1)) && !is_digit_at(sc, k + 1)) {
            k = e = x; /* "Tribunal Constitucional" */
            capital = true;
        } else if (capital && lit_at(sc, k, " y ") && (x = name_word_at(sc, k + 3)) &&
                   !is_digit_at(sc, k + 3)) {
            k = e = x; /* "de Justicia y Derechos Humanos" */
        } else if (k + 1 < sc->n && sc->t[k] == ' ' &&
                   (x = lower_word_end(sc, k + 1)) > k + 1 &&
                   /* a stem of two letters or more before the ending */
                   pt__ends_in(sc, k + 2, x, complement_adjective_endings,
                           COUNT(complement_adjective_endings))) {
            k = x; /* "armadas", kept where a capital follows */
        } else {
            break;
        }
    }
    if (!capital || listed_ends_at(sc, i, e, true) || inside_listed_name(sc, i) ||
        only_generic_words(sc, h, e) ||
        (!joined && WORD_IS(sc, i, h, complemented_heads_instrument)) ||
        listed_end_at(sc, i, 1u << PT_LABEL_COUNTRY) > i) /* "Federación de Rusia" */
        return PT_OK;
    /* an instrument's years and an ILO convention's year and number
     * ("Política Nacional ... 2027-2037", "Convenio sobre ..., 1989 (núm.
     * 169)") */
    if (label == PT_LABEL_INSTRUMENT)
        e = convention_year_and_number_es(sc, instrument_tail_end(sc, e));
    return emit_name(sc, i, e, label);
}

/* ---- ru: names whose complement Russian writes in lower case ---------- */

/* The end of the word of Cyrillic letters and hyphens at i, or i. */
static size_t
cyrillic_word_end(const pt_scan *sc, size_t i)
{
    size_t n;
    for (uint32_t c; i < sc->n && ((c = cp_at(sc, i, &n)) == '-' ||
                                   pt__is_cyrillic_letter(c));)
        i += n;
    return i;
}

/* ru: the case endings a head's stem takes, by its declension: masculine
 * (Комитет, Комитета, Комитетом; plural Принципы), feminine in -ия, neuter
 * in -ие, neuter in -о, feminine in -а, and a plural only (Силы).  A
 * longer word begins with the stem too (Советник, Судан, Планирование):
 * listed, not any lower-case run. */
static const char *const masculine_ru[] = {"", "а", "ам", "ами", "ах", "е", "ов",
                                           "ом", "у", "ы"};
static const char *const feminine_ia_ru[] = {"ей", "и", "ий", "ю", "я", "ям",
                                             "ями", "ях"};
static const char *const neuter_ie_ru[] = {"е", "ем", "и", "ий", "ю", "я", "ям",
                                           "ями", "ях"};
static const char *const neuter_o_ru[] = {"а", "е", "о", "ом", "у"};
static const char *const feminine_a_ru[] = {"а", "ам", "ами", "ах", "е", "и",
                                            "ой", "у", "ы"};
static const char *const plural_ru[] = {"ам", "ами", "ах", "ы"};
static const char *const plural_a_ru[] = {"ам", "ами", "ах", "и"};
static const char *const feminine_soft_ru[] = {"ей", "и", "ь", "ью", "ям", "ями", "ях"};
static const char *const indeclinable_ru[] = {""};

typedef struct first_head_ru {
    const char *stem; /* lower case */
    const char *const *endings;
    size_t count;
    uint8_t label;
} first_head_ru;

#define RU_ENDINGS(array) (array), COUNT(array)

/* ru: the heads that open the names of bodies, instruments and meetings
 * of UN texts, in the order of their letters. */
static const first_head_ru first_heads_ru[] = {
    {"агентств", RU_ENDINGS(neuter_o_ru), ORG_},
    {"академи", RU_ENDINGS(feminine_ia_ru), ORG_},
    {"ассамбле", RU_ENDINGS(feminine_ia_ru), ORG_},
    {"ассоциаци", RU_ENDINGS(feminine_ia_ru), ORG_},
    {"банк", RU_ENDINGS(masculine_ru), ORG_},
    {"бюро", RU_ENDINGS(indeclinable_ru), ORG_},
    {"встреч", RU_ENDINGS(feminine_a_ru), EVT_},
    {"групп", RU_ENDINGS(feminine_a_ru), ORG_},
    {"движени", RU_ENDINGS(neuter_ie_ru), ORG_},
    {"деклараци", RU_ENDINGS(feminine_ia_ru), INS_},
    {"департамент", RU_ENDINGS(masculine_ru), ORG_},
    {"диалог", RU_ENDINGS(masculine_ru), EVT_},
    {"дирекци", RU_ENDINGS(feminine_ia_ru), ORG_},
    {"договор", RU_ENDINGS(masculine_ru), INS_},
    {"закон", RU_ENDINGS(masculine_ru), INS_},
    {"институт", RU_ENDINGS(masculine_ru), ORG_},
    {"кодекс", RU_ENDINGS(masculine_ru), INS_},
    {"комисси", RU_ENDINGS(feminine_ia_ru), ORG_},
    {"комитет", RU_ENDINGS(masculine_ru), ORG_},
    {"конвенци", RU_ENDINGS(feminine_ia_ru), INS_},
    {"конституци", RU_ENDINGS(feminine_ia_ru), INS_},
    {"конференци", RU_ENDINGS(feminine_ia_ru), EVT_},
    {"министерств", RU_ENDINGS(neuter_o_ru), ORG_},
    {"орган", RU_ENDINGS(masculine_ru), ORG_},
    {"организаци", RU_ENDINGS(feminine_ia_ru), ORG_},
    {"отделени", RU_ENDINGS(neuter_ie_ru), ORG_},
    {"отряд", RU_ENDINGS(masculine_ru), ORG_},
    {"пакт", RU_ENDINGS(masculine_ru), INS_},
    {"парти", RU_ENDINGS(feminine_ia_ru), ORG_},
    {"план", RU_ENDINGS(masculine_ru), INS_},
    {"политик", RU_ENDINGS(feminine_a_ru), INS_},
    {"постановлени", RU_ENDINGS(neuter_ie_ru), INS_},
    {"принцип", RU_ENDINGS(masculine_ru), INS_},
    {"программ", RU_ENDINGS(feminine_a_ru), INS_},
    {"прокуратур", RU_ENDINGS(feminine_a_ru), ORG_},
    {"протокол", RU_ENDINGS(masculine_ru), INS_},
    {"процесс", RU_ENDINGS(masculine_ru), EVT_},
    {"рамк", RU_ENDINGS(plural_a_ru), INS_},
    {"саммит", RU_ENDINGS(masculine_ru), EVT_},
    {"секретариат", RU_ENDINGS(masculine_ru), ORG_},
    {"сет", RU_ENDINGS(feminine_soft_ru), ORG_},
    {"сил", RU_ENDINGS(plural_ru), ORG_},
    {"служб", RU_ENDINGS(feminine_a_ru), ORG_},
    {"совет", RU_ENDINGS(masculine_ru), ORG_},
    {"совещани", RU_ENDINGS(neuter_ie_ru), EVT_},
    {"соглашени", RU_ENDINGS(neuter_ie_ru), INS_},
    {"сообществ", RU_ENDINGS(neuter_o_ru), ORG_},
    {"стратеги", RU_ENDINGS(feminine_ia_ru), INS_},
    {"структур", RU_ENDINGS(feminine_a_ru), ORG_},
    {"суд", RU_ENDINGS(masculine_ru), ORG_},
    {"трибунал", RU_ENDINGS(masculine_ru), ORG_},
    {"указ", RU_ENDINGS(masculine_ru), INS_},
    {"управлени", RU_ENDINGS(neuter_ie_ru), ORG_},
    {"устав", RU_ENDINGS(masculine_ru), INS_},
    {"фонд", RU_ENDINGS(masculine_ru), ORG_},
    {"форум", RU_ENDINGS(masculine_ru), EVT_},
    {"фронт", RU_ENDINGS(masculine_ru), ORG_},
    {"харти", RU_ENDINGS(feminine_ia_ru), INS_},
    {"центр", RU_ENDINGS(masculine_ru), ORG_}};

/* The head row the Russian word t[b, e) is, in either case, or NULL;
 * *nominative: whether its ending is a nominative singular's only (Центр,
 * Организация, Соглашение), which opens a name of its own. */
static const first_head_ru *
first_head_ru_of(const pt_scan *sc, size_t b, size_t e, bool *nominative)
{
    size_t n, m;
    uint32_t c = cp_at(sc, b, &n);
    if (c >= 0x410 && c <= 0x42F)
        c += 0x20; /* А-Я: а-я */
    for (size_t k = 0; k < COUNT(first_heads_ru); k++) {
        const first_head_ru *h = &first_heads_ru[k];
        size_t len = strlen(h->stem);
        if (pt__decode(h->stem, len, 0, &m) != c || e - b < len - m + n ||
            memcmp(sc->t + b + n, h->stem + m, len - m) != 0)
            continue;
        size_t s = b + n + len - m;
        for (size_t j = 0; j < h->count; j++)
            if (e - s == strlen(h->endings[j]) &&
                memcmp(sc->t + s, h->endings[j], e - s) == 0) {
                const char *nominative_ending = h->endings == feminine_ia_ru ? "я"
                                                : h->endings == neuter_ie_ru   ? "е"
                                                : h->endings == neuter_o_ru    ? "о"
                                                                               : "";
                *nominative = strcmp(h->endings[j], nominative_ending) == 0;
                return h;
            }
    }
    return NULL;
}

/* ru: the prepositions inside a name's complement ("Конвенция о статусе
 * беженцев", "Управление ... по наркотикам и преступности", "Фонд для
 * Афганистана", "Договор ... между Кыргызской Республикой и ..."); "в"
 * only as part of one ("в связи с", "в пользу"), since "в Москве", "в
 * 2024 году" follow a name as often; "с" after the nouns it goes with. */
static const char *const prepositions_ru[] = {
    "для", "между", "о", "об", "по", "против", "со"};
static const char *const in_phrases_ru[] = {
    " в аспекте ", " в интересах ", " в области ", " в отношении ",
    " в поддержку ", " в пользу ", " в связи с ", " во имя "};
static const char *const with_after_ru[] = {
    "борьбе", "связи", "сотрудничестве"};
/* ... and those that a name never takes: the sentence goes on ("Закон
 * № 10/2020 от 24 августа", "во внутреннее законодательство") */
static const char *const ending_prepositions_ru[] = {
    "без", "в", "вне", "во", "до", "за", "из", "к", "ко", "кроме", "на", "над",
    "около", "от", "перед", "под", "после", "при", "путем", "с", "согласно",
    "среди", "у", "через"};
/* The labels of the listed names a Russian name may begin with or hold. */
#define NAMES_RU                                                             \
    (1u << PT_LABEL_ORG | 1u << PT_LABEL_COUNTRY | 1u << PT_LABEL_PLACE |    \
     1u << PT_LABEL_INSTRUMENT | 1u << PT_LABEL_EVENT)
/* Words that go on with the sentence after a name: conjunctions,
 * pronouns, particles; never a name's own. */
static const char *const sentence_words_ru[] = {
    "а", "будет", "был", "была", "были", "было", "внес", "готов", "должен",
    "должна", "должны", "др", "его", "ее", "же", "или", "им", "ими", "их",
    "как", "которая", "которое", "которые", "который", "ли", "либо", "мог",
    "могла", "могли", "могло", "не", "ни", "но", "обязан", "помог", "принес",
    "свои", "своих", "свой", "своя", "смог", "также", "тем", "то", "том",
    "что", "это", "этого", "этой", "этом"};

/* Is c a Russian vowel letter? */
static bool
russian_vowel(uint32_t c)
{
    return c == 0x430 || c == 0x435 || c == 0x438 || c == 0x43E || c == 0x443 ||
           c == 0x44B || c == 0x44D || c == 0x44E || c == 0x44F || c == 0x451;
}

/* Does the lower-case Russian word t[b, e) read as a finite verb or an
 * infinitive, which ends a name: present "гарантирует", "служат",
 * reflexive "состоится", "проводились" (not the participle
 * "находящихся"), past "утвердил", "одобрила", infinitive "обеспечить"?
 * A noun of a name's complement (genitive, prepositional) seldom ends so;
 * "дел" is too short for a past tense.  A plural past in -ели only as
 * "провели", "привели" or after a plural: the genitive "добродетели",
 * "цели", "модели" ends so too. */
static bool
verb_like_ru(const pt_scan *sc, size_t b, size_t e, bool plural)
{
    /* and the short participle ("рассмотрен") */
    static const char *const present[] = {"ат", "ен", "ет", "ит", "ут", "ют", "ят"};
    if (pt__ends_in(sc, b, e, present, COUNT(present)))
        return true;
    uint32_t last[5] = {0}; /* the word's last letters, the last first */
    size_t letters = 0, n;
    for (size_t k = e; k > b && letters < 5; letters++) {
        k = pt__prev(sc->t, k);
        last[letters] = cp_at(sc, k, &n);
    }
    bool more = letters == 5; /* five letters or more */
    if ((last[0] == 0x44F || last[0] == 0x44C) && last[1] == 0x441) /* -ся, -сь */
        return last[2] == 0x442 || last[2] == 0x43B ||
               (russian_vowel(last[2]) && last[3] == 0x43B);
    if (last[0] == 0x43B) /* -л after a vowel, four letters or more */
        return letters >= 4 && russian_vowel(last[1]);
    if ((last[0] == 0x430 || last[0] == 0x43E) && last[1] == 0x43B) /* -ла, -ло */
        return more && russian_vowel(last[2]);
    if (last[0] == 0x438 && last[1] == 0x43B) /* -ли after a vowel */
        return more && russian_vowel(last[2]) &&
               (last[2] != 0x435 || last[3] == 0x432 || plural);
    if (last[0] == 0x44C && last[1] == 0x442) /* -ть after a vowel */
        return letters >= 4 && russian_vowel(last[2]);
    return false;
}

/* ru: the endings of adjectives in the oblique cases that
 * adjective_endings_ru leaves out, as names of towns end so too ("Рим"):
 * before a head they are an adjective's ("Женевским конвенциям", "о
 * Международном пакте"; not a noun's, "Председателем Комиссии") */
static const char *const oblique_adjective_endings_ru[] = {"ким", "ком", "ним", "ном"};

/* ru: the endings of the instrumental, and of the nominative plural */
static const char *const instrumental_ru[] = {"ами", "ем", "им", "ими", "ом",
                                              "ым", "ыми", "ями"};
/* ... and of nouns of an action, which take a complement in the
 * instrumental ("управления внутренним перемещением") */
static const char *const action_nouns_ru[] = {"ние", "нии", "нию", "ния"};
static const char *const plural_endings_ru[] = {"ие", "ые", "ы"};
/* ru: the endings of adjectives in the nominative and accusative and of
 * adverbs ("всестороннюю", "служебные", "совместно") */
static const char *const direct_case_endings_ru[] = {"ая", "ее", "ие", "о", "ое",
                                                     "ую", "ые", "ый", "юю", "яя"};
static const char *const genitive_adjective_ru[] = {"его", "ого"};

/* ru: the endings of neuter nouns that end as plural adjectives do
 * ("Подписание", "Развитие", "Соответствие"; not "Руководящие"). */
static const char *const verbal_nouns_ru[] = {"вие", "ние", "тие"};

/* Is there a letter in lower case in t[b, e) (not an acronym)? */
static bool
holds_a_lower_case_letter(const pt_scan *sc, size_t b, size_t e)
{
    size_t n;
    for (size_t k = b; k < e; k += n)
        if (pt__is_lower(cp_at(sc, k, &n)))
            return true;
    return false;
}

/* Does the word at i open a sentence (the block's first, or after its
 * closing punctuation)? */
static bool
opens_a_sentence_at(const pt_scan *sc, size_t i)
{
    size_t p = i;
    while (p > 0 && sc->t[p - 1] == ' ')
        p--;
    return p == 0 || pt__char_in_set(".!?:;", (unsigned char)sc->t[p - 1]);
}

/* ru: where the designation after a number sign at w ends ("№ 10/2020",
 * "№ 19/97"), or w. */
static size_t
number_sign_end(const pt_scan *sc, size_t w)
{
    size_t e = lit_at(sc, w, "№ ") ? w + strlen("№ ") : w, n;
    if (e == w || !is_digit_at(sc, e))
        return w;
    while (e < sc->n && (is_alnum(cp_at(sc, e, &n)) ||
                         ((sc->t[e] == '/' || sc->t[e] == '-') && is_digit_at(sc, e + 1))))
        e += n;
    return e;
}

/* ru: after a year at w, the end of "года", "год", "годы" ("1951 года",
 * "на 2025 год"), or of a range of years before them ("на 2024–2029
 * годы"); or w. */
static size_t
year_with_its_word_end(const pt_scan *sc, size_t w)
{
    static const char *const year_words[] = {" года", " годы", " год"};
    if (!pt__year_at(sc, w))
        return w;
    size_t e = w + 4;
    if (lit_at(sc, e, "\u2013") && pt__year_at(sc, e + 3))
        e += 3 + 4;
    else if (lit_at(sc, e, "-") && pt__year_at(sc, e + 1))
        e += 1 + 4;
    size_t x = lit_in(sc, e, year_words, COUNT(year_words)), n;
    return x && !is_word_char(cp_at(sc, x, &n)) ? x : w;
}

/* ru: after "от" at t[b - 1], the date an instrument is of: " 12 августа
 * 1949 года" (a day, a month's name, a year and its word); its end, or b. */
static size_t
dated_end_ru(const pt_scan *sc, size_t b)
{
    size_t d = b + 1, m;
    if (!lit_at(sc, b, " ") || !is_digit_at(sc, d))
        return b;
    while (d < sc->n && is_digit_at(sc, d) && d - b <= 2)
        d++;
    if (sc->t[d] != ' ' || (m = cyrillic_word_end(sc, d + 1)) == d + 1 ||
        !lit_at(sc, m, " "))
        return b;
    size_t y = year_with_its_word_end(sc, m + 1);
    return y > m + 1 ? y : b;
}

/* ru: at a capitalised word, the name of a body, an instrument or a
 * meeting that opens there, as Russian writes it: up to three adjectives,
 * the first capitalised ("Глобальной контртеррористической стратегии"),
 * a head of first_heads_ru in any case, which gives the label, and the
 * complement Russian writes in lower case: nouns in the genitive
 * ("Совет министров иностранных дел"), prepositions with theirs ("о
 * статусе беженцев", "по правам человека"), "и" between nouns, listed
 * names, acronyms and capitalised words ("Республики Таджикистан", "СНГ",
 * "Севера"), a number ("№ 10/2020") and years ("1951 года", "на 2025
 * год"); up to punctuation, "в" ("в Москве", "в 2024 году"), a verb or a
 * word of the sentence.  At a sentence's start, where every word is
 * capitalised, the complement must hold a name or a number. */
static pt_status
first_head_name_ru(pt_scan *sc, size_t i, size_t *resume)
{
    (void)resume;
    size_t n;
    if (sc->langs != PT_LANG_RU || !at_any_word_start(sc, i))
        return PT_OK;
    const first_head_ru *head, *inner;
    bool nominative;
    size_t w = i, we = cyrillic_word_end(sc, i), adjectives = 0;
    while (!(head = first_head_ru_of(sc, w, we, &nominative))) {
        if (we == w || adjectives == 3 || sc->t[we] != ' ' ||
            (w > i && !pt__is_lower(cp_at(sc, w, &n))) ||
            !(pt__ends_in(sc, w, we, adjective_endings_ru, COUNT(adjective_endings_ru)) ||
              pt__ends_in(sc, w, we, oblique_adjective_endings_ru,
                          COUNT(oblique_adjective_endings_ru))) ||
            pt__ends_in(sc, w, we, verbal_nouns_ru, COUNT(verbal_nouns_ru)))
            return PT_OK;
        adjectives++;
        w = we + 1;
        we = cyrillic_word_end(sc, w);
    }
    if (inside_listed_name(sc, i))
        return PT_OK;
    /* a listed name the head begins ("Конституция", "Министерство
     * иностранных дел") stands as listed unless a longer one goes on
     * from its end, with no preposition ("Конституция Мозамбика",
     * "Министерство иностранных дел и сотрудничества"): the longer
     * reading wins, but "Генеральной Ассамблеи по пункту 34" is the
     * Assembly's */
    size_t listed = pt__first_name_from(sc, i), listed_end = i;
    const pt_cand *c = sc->cands.items;
    for (size_t k = listed; k < sc->names && c[k].start == i; k++)
        if (NAMES_RU >> c[k].label & 1 && c[k].end > listed_end)
            listed_end = c[k].end, listed = k;
    size_t h = listed_end > i ? listed_end : we, k = h, e = h, x, last = h;
    /* the label of the head the last word was, which "о" may follow only
     * as an instrument's or a meeting's ("Договора о коллективной
     * безопасности"; not "заявление Генеральной прокуратуры о
     * возбуждении", the statement's) */
    uint8_t last_head = head->label;
    /* year_only: the complement so far is a year or a date, after which a
     * listed name keeps its value */
    bool evidence = false, between = false, after_and = false, year_only = true,
         after_preposition = false, phrase = false, numbered = false;
    size_t content = 0; /* the complement's words but a year */
    /* a head in the plural ("Принципы", "Силы") takes a verb's plural */
    bool plural = pt__ends_in(sc, i, we, plural_endings_ru, COUNT(plural_endings_ru));
    for (int words = 0; words < MAX_NAME_WORDS && k + 1 < sc->n; words++) {
        x = k + strlen(" \u2014 ");
        if (lit_at(sc, k, " \u2014 ") &&
            (script_word_at(sc, x, "участников") || script_word_at(sc, x, "членов"))) {
            k = e = cyrillic_word_end(sc, x); /* "государств — членов ШОС" */
            year_only = false;
            continue;
        }
        if (sc->t[k] != ' ')
            break;
        if ((x = lit_in(sc, k, in_phrases_ru, COUNT(in_phrases_ru))) && k > listed_end) {
            k = x - 1; /* "в связи с": a preposition */
            continue;
        }
        w = k + 1;
        we = cyrillic_word_end(sc, w);
        uint32_t ch = cp_at(sc, w, &n);
        if (we == w) {
            x = number_sign_end(sc, w);
            numbered |= x > w;
            if (x == w && head->label != PT_LABEL_ORG)
                x = year_with_its_word_end(sc, w); /* a body's is a date */
            else
                year_only = false;
            if (x == w)
                break;
            k = e = x;
            if (!year_only) {
                evidence = true;
                content++;
                continue;
            }
            break; /* a year ends the name ("1951 года") */
        }
        /* an instrument's date ("Женевским конвенциям от 12 августа 1949
         * года"), a numbered act's its own ("Закон № 10/2020 от ...") */
        if (script_word_at(sc, w, "от") && last_head == PT_LABEL_INSTRUMENT && !numbered &&
            (x = dated_end_ru(sc, we)) > we) {
            e = x;
            content++;
            evidence = true;
            break; /* the date ends the name */
        }
        year_only = false;
        if (pt__is_lower(ch)) {
            if (listed_end > i)
                break; /* a listed name goes on with a State or a date only */
            if (script_word_at(sc, w, "и")) {
                k = we;
                after_and = plural = true;
                continue;
            }
            if (WORD_IS(sc, w, we, sentence_words_ru) || verb_like_ru(sc, w, we, plural))
                break;
            /* after "и" a noun in the instrumental goes on only from one
             * ("сепаратизмом и экстремизмом"; not "Республики и
             * председателем", the sentence's) */
            if (after_and && pt__ends_in(sc, w, we, instrumental_ru, COUNT(instrumental_ru)) &&
                !pt__ends_in(sc, last == h ? i : word_before(sc, last), last, instrumental_ru,
                             COUNT(instrumental_ru)))
                break;
            bool with = script_word_at(sc, w, "с") &&
                        WORD_IS(sc, word_before(sc, k), k, with_after_ru);
            bool on_years = script_word_at(sc, w, "на") &&
                            (pt__year_at(sc, we + 1) || script_word_at(sc, we + 1, "период"));
            bool about = script_word_at(sc, w, "о") || script_word_at(sc, w, "об");
            if (with || on_years || WORD_IS(sc, w, we, prepositions_ru)) {
                /* a body's name takes no "о" ("заявление Генеральной
                 * прокуратуры о возбуждении": the statement's) */
                if (k == listed_end || (about && last_head == PT_LABEL_ORG))
                    break;
                between |= script_word_at(sc, w, "между") != 0;
                k = we;
                after_preposition = phrase = true;
                continue;
            }
            /* a noun's nominative or accusative, an adjective's or an
             * adverb's ("Центр совместно", "Центру всестороннюю") goes on
             * with the sentence: a complement is in the oblique cases; the
             * instrumental only after a preposition, an action's noun or
             * another instrumental ("с терроризмом", "управления
             * внутренним перемещением"; not "Устава представителем"); no
             * action after "для" ("конференции для принятия") */
            bool instrumental = pt__ends_in(sc, w, we, instrumental_ru, COUNT(instrumental_ru));
            if (WORD_IS(sc, w, we, ending_prepositions_ru) ||
                pt__ends_in(sc, w, we, verbal_nouns_ru, COUNT(verbal_nouns_ru)) ||
                (pt__ends_in(sc, w, we, direct_case_endings_ru, COUNT(direct_case_endings_ru)) &&
                 !pt__ends_in(sc, w, we, genitive_adjective_ru, COUNT(genitive_adjective_ru))) ||
                (instrumental && !after_preposition && !after_and &&
                 !pt__ends_in(sc, word_before(sc, k), k, action_nouns_ru, COUNT(action_nouns_ru)) &&
                 !pt__ends_in(sc, word_before(sc, k), k, instrumental_ru, COUNT(instrumental_ru))) ||
                (after_preposition && script_word_at(sc, word_before(sc, k), "для") &&
                 pt__ends_in(sc, w, we, action_nouns_ru, COUNT(action_nouns_ru))))
                break;
            k = e = last = we;
            content++;
            after_and = after_preposition = false;
            last_head = (inner = first_head_ru_of(sc, w, we, &nominative)) ? inner->label
                                                                            : PT_LABEL_NONE;
            continue;
        }
        /* a capitalised word: after "и" only a place's name ("для Западной
         * Африки и Сахеля"; a State's begins another, "Комиссии по бассейну
         * озера Чад и Бенин") or the second of "между ... и ..." */
        x = listed_end_at(sc, w, NAMES_RU);
        if ((after_and && !between && !pt__listed_at(sc, w, 1u << PT_LABEL_PLACE)) ||
            (listed_end > i && !pt__listed_at(sc, w, 1u << PT_LABEL_COUNTRY)))
            break;
        /* an unlisted capitalised word in an oblique case ("Севера",
         * "Кабу-Делгаду"), or an acronym; a name in the nominative
         * ("Центра Томас Хальворсен") or a head's ("Центр") opens the
         * sentence's next part */
        inner = first_head_ru_of(sc, w, we, &nominative);
        if (x == w && (!pt__is_upper(ch) || (inner && nominative) ||
                       (pt__ends_in(sc, w, we, direct_case_endings_ru, COUNT(direct_case_endings_ru)) &&
                        !pt__ends_in(sc, w, we, genitive_adjective_ru, COUNT(genitive_adjective_ru))) ||
                       (holds_a_lower_case_letter(sc, w, we) &&
                        !russian_vowel(cp_at(sc, pt__prev(sc->t, we), &n)) &&
                        !lit_at(sc, pt__prev(sc->t, we), "й"))))
            break;
        k = e = last = x > w ? x : we;
        last_head = inner ? inner->label : PT_LABEL_NONE;
        evidence = true;
        content++;
        after_and = after_preposition = false;
    }
    bool first = opens_a_sentence_at(sc, i);
    if (listed_end > i)
        return e == listed_end ? PT_OK
               : year_only
                   ? pt__cand_add_value_of(sc, i, e, c[listed].label, PT_REC_SHAPE, listed)
                   : emit_name(sc, i, e, (pt_label)c[listed].label);
    /* a head with an adjective or a word of a kind after it is a
     * generic reference ("Специальный комитет", "Группа экспертов",
     * "Совет управляющих"), as English writes it in lower case */
    if (!content || (content < 2 && !evidence && !phrase) || (first && !evidence))
        return PT_OK;
    return emit_name(sc, i, e, (pt_label)head->label);
}

/* After an instrument's head that ends at h, its number ("Act No.
 * 38/2009", "Convention No. 143", "Directive 2000/43", "Law No. 15-19"):
 * where it ends, or
 * h. */
static size_t
designation_end(const pt_scan *sc, size_t h)
{
    static const char *const marks[] = {" No. ", " No ", " no. "};
    size_t k = lit_in(sc, h, marks, COUNT(marks));
    bool marked = k != 0;
    if (!marked)
        k = h + (h < sc->n && sc->t[h] == ' ');
    size_t e = k, parts = 0;
    for (; is_digit_at(sc, e); parts++) { /* 38, 38/2009, 15-19, 58.10 */
        while (is_digit_at(sc, e))
            e++;
        if (e + 1 < sc->n && strchr("/-.", sc->t[e]) && is_digit_at(sc, e + 1))
            e++;
    }
    if (!marked && parts < 2)
        return h; /* bare digits after a head are no number of it */
    size_t n;
    return e > k && !is_alnum(cp_at(sc, e, &n)) ? e : h;
}

/* After an instrument's name that ends at e, the year of its adoption
 * and its number, as the International Labour Organization writes its
 * conventions' names ("Indigenous and Tribal Peoples Convention, 1989
 * (No. 169)"): where they end, or e. */
static size_t
convention_year_and_number_end(const pt_scan *sc, size_t e)
{
    static const char number[] = " (No. ";
    if (!lit_at(sc, e, ", ") || !pt__year_at(sc, e + 2) ||
        !lit_at(sc, e + 6, number))
        return e;
    size_t k = e + 6 + sizeof number - 1, d = k;
    while (is_digit_at(sc, d))
        d++;
    return d > k && d < sc->n && sc->t[d] == ')' ? d + 1 : e;
}

/* A listed State's name in t[b, e): where the first begins (*end where
 * it ends), or e. */
static size_t
listed_state_in(const pt_scan *sc, size_t b, size_t e, size_t *end)
{
    const pt_cand *c = sc->cands.items;
    size_t lo = pt__first_name_from(sc, b);
    for (; lo < sc->names && c[lo].start < e; lo++)
        if (c[lo].label == PT_LABEL_COUNTRY) {
            *end = c[lo].end;
            return c[lo].start;
        }
    return e;
}

/* A government's body's name t[*b, *e) without its State: a State's name
 * or adjective before the modifiers, and "of" a State and what follows
 * in the complement. */
static void
without_state(const pt_scan *sc, size_t h, size_t *b, size_t *e)
{
    size_t end = 0, s = listed_state_in(sc, *b, h, &end);
    if (s == *b && end + 1 < h && sc->t[end] == ' ')
        *b = end + 1;
    for (size_t from = h; (s = listed_state_in(sc, from, *e, &end)) < *e;
         from = end)
        if (s >= h + 4 && memcmp(sc->t + s - 4, " of ", 4) == 0) {
            *e = s - 4;
            break;
        } else if (s >= h + 8 && memcmp(sc->t + s - 8, " of the ", 8) == 0) {
            *e = s - 8; /* "of the State of Palestine" */
            break;
        }
}

/* en: the words before "Mission" that make it a State's mission to a
 * body ("the Permanent Observer Mission of Lakeland to the United
 * Nations"), in the order of their letters. */
static const char *const state_mission_words_en[] = {"observer", "permanent"};

/* Is t[b, h) a State's mission or the last word of a State's listed name?
 * Each reads like "the Government of Lakeland": the State and the body
 * it is accredited to are tagged, no name of a body.  A State's name may
 * end with a head ("the Russian Federation to the United Nations"); a
 * mission's words stand before its head, "of" and a listed State after
 * it ("Permanent Mission of Lakeland to the United Nations"). */
static bool
names_a_state_not_a_body(const pt_scan *sc, size_t b, size_t i, size_t h)
{
    if (pt__listed_start(sc, h, 1u << PT_LABEL_COUNTRY) < i)
        return true;
    if (compare_folded(sc->t + i, h - i, "mission") != 0 || b == i ||
        !lit_at(sc, h, " of "))
        return false;
    for (size_t w = b; w < i - 1; w = word_end(sc, w) + 1)
        if (!WORD_IS(sc, w, word_end(sc, w), state_mission_words_en))
            return false;
    size_t s = h + 4, end = 0;
    if (lit_at(sc, s, "the "))
        s += 4;
    return listed_state_in(sc, s, s + 1, &end) == s;
}

/* At a form of State ending at h: with its modifiers, "of" and a listed
 * State after it, the State's formal name, a COUNTRY with the State's
 * code ("Kingdom of Italy": ITA). */
static pt_status
state_name_at(pt_scan *sc, size_t i, size_t h, size_t *resume)
{
    static const char of[] = " of ";
    if (!lit_at(sc, h, of))
        return PT_OK;
    size_t k = h + sizeof of - 1, words = 1;
    const pt_cand *c = sc->cands.items;
    size_t lo = pt__first_name_from(sc, k);
    const pt_cand *state = NULL;
    for (; lo < sc->names && c[lo].start == k; lo++)
        if (c[lo].label == PT_LABEL_COUNTRY &&
            (state == NULL || c[lo].end > state->end))
            state = &c[lo];
    if (state == NULL)
        return PT_OK;
    /* one or two modifiers (Federal, Bolivarian), none a listed name: not
     * the row of a table of States before it */
    size_t b = modifiers_start(sc, i, &words);
    lo = pt__first_name_from(sc, b);
    if (words > 3 || (lo < sc->names && c[lo].start < i))
        b = i;
    *resume = state->end;
    char value[16];
    if (state->value_len >= sizeof value)
        return PT_OK;
    memcpy(value, sc->vals.ptr + state->value_off, state->value_len);
    return pt__cand_add(sc, b, state->end, PT_LABEL_COUNTRY, PT_REC_SHAPE,
                        value, state->value_len);
}

/* ru: at a form of government t[i, h), the formal name it makes with the
 * listed State's name after it ("Республика Беларусь"): the State, its
 * value the short name's. */
static pt_status
formal_state_name_ru(pt_scan *sc, size_t i, size_t h, size_t *resume)
{
    if (!lit_at(sc, h, " "))
        return PT_OK;
    const pt_cand *c = sc->cands.items, *state = NULL;
    for (size_t lo = pt__first_name_from(sc, h + 1);
         lo < sc->names && c[lo].start == h + 1; lo++)
        if (c[lo].label == PT_LABEL_COUNTRY && (state == NULL || c[lo].end > state->end))
            state = &c[lo];
    char value[16];
    if (state == NULL || state->value_len >= sizeof value)
        return PT_OK;
    memcpy(value, sc->vals.ptr + state->value_off, state->value_len);
    *resume = state->end;
    return pt__cand_add(sc, i, state->end, PT_LABEL_COUNTRY, PT_REC_SHAPE, value,
                        state->value_len);
}

/* The start of a unit's name whose modifiers, from b to its head at i,
 * follow "for" ("the Technology for Development Division", "the ESCWA
 * Food for Work Unit"): capitalised words, no head, before " for ", after
 * "the" or beginning with a body's acronym ("calls for Security Council
 * reform" and "Requests for Statistics Division data" stay apart), and
 * no listed name between "for" and the head; or b. */
static size_t
for_compound_start(const pt_scan *sc, size_t b, size_t i, size_t *words)
{
    static const char for_[] = " for ";
    if (b < 6 || b == i || memcmp(sc->t + b - 5, for_, 5) != 0)
        return b;
    const pt_cand *c = sc->cands.items;
    size_t lo = pt__first_name_from(sc, b);
    if (lo < sc->names && c[lo].start < i)
        return b; /* a listed name among them: two names ("GNI for Gulf ...") */
    size_t w = word_before(sc, b - 5), n;
    if (w == b - 5 || name_word_at(sc, w) != b - 5 || is_digit_at(sc, w) ||
        head_of(sc, w, b - 5))
        return b;
    size_t more = *words + 2, s = modifiers_start(sc, w, &more);
    size_t x = word_end(sc, s);
    bool acronym = x > s + 1;
    for (size_t k = s; k < x && acronym; k++)
        acronym = sc->t[k] >= 'A' && sc->t[k] <= 'Z';
    bool after_the = s >= 4 && sc->t[s - 1] == ' ' &&
                     WORD_IS(sc, word_before(sc, s - 1), s - 1, article_en);
    if (!(acronym || after_the) || !pt__is_upper(cp_at(sc, s, &n)))
        return b;
    *words = more;
    return s;
}

/* en: what joins a committee to the resolution that set it up, and the
 * resolution to the matter it deals with. */
static const char *const established_en[] = {
    " established pursuant to resolution ", " established by resolution ",
    " established under resolution "};
static const char *const concerning_en[] = {" concerning the ", " concerning "};

/* After a body's head that ends at h, the resolution that set it up and
 * the matter it concerns, which name the body in full ("Security Council
 * Committee established pursuant to resolution 1234 (2005) concerning
 * Lakeland"): where the name ends, or h.  The matter is a listed name, or
 * capitalised words. */
static size_t
established_by_resolution_end(const pt_scan *sc, size_t h)
{
    size_t k = lit_in(sc, h, established_en, COUNT(established_en)), e, n;
    if (!k || !is_digit_at(sc, k))
        return h;
    for (e = k; is_digit_at(sc, e) ||
                (e < sc->n && sc->t[e] == '/' && is_digit_at(sc, e + 1));
         e++)
        ;
    if (lit_at(sc, e, " (") && is_digit_at(sc, e + 2)) { /* 1234 (2005) */
        size_t y = e + 2;
        while (is_digit_at(sc, y))
            y++;
        if (y < sc->n && sc->t[y] == ')')
            e = y + 1;
    }
    size_t m = lit_in(sc, e, concerning_en, COUNT(concerning_en)), res_end = e;
    if (!m)
        return e;
    size_t listed = m, lo = pt__first_name_from(sc, m);
    const pt_cand *c = sc->cands.items;
    for (; lo < sc->names && c[lo].start == m; lo++)
        if (c[lo].end > listed && c[lo].label != PT_LABEL_NONE)
            listed = c[lo].end;
    if (listed > m)
        return listed;
    size_t x = m, words = 0;
    for (size_t w; words < MAX_NAME_WORDS && (w = name_word_at(sc, x));
         words++) {
        e = w;
        if (w >= sc->n || sc->t[w] != ' ' ||
            !pt__is_upper(cp_at(sc, w + 1, &n)))
            break;
        x = w + 1;
    }
    return words ? e : res_end;
}

/* After a body's head that ends at h, the code that numbers it among
 * its parent's ("Technical Committee ISO/TC 12", "Working Group WG/3"):
 * capitals with a slash, then a number if any; its end, or h. */
static size_t
body_code_end(const pt_scan *sc, size_t h)
{
    size_t k = h + 1, slashes = 0;
    if (h + 1 >= sc->n || sc->t[h] != ' ' || !ascii_upper_at(sc, k))
        return h;
    while (k < sc->n && (ascii_upper_at(sc, k) ||
                         (sc->t[k] == '/' && ascii_upper_at(sc, k + 1) &&
                          ++slashes) ||
                         (slashes && is_digit_at(sc, k))))
        k++;
    size_t n;
    if (!slashes || (k < sc->n && is_alnum(cp_at(sc, k, &n))))
        return h;
    if (k + 1 < sc->n && sc->t[k] == ' ' && is_digit_at(sc, k + 1)) {
        size_t d = k + 1;
        while (is_digit_at(sc, d))
            d++;
        if (d >= sc->n || !is_alnum(cp_at(sc, d, &n)))
            k = d;
    }
    return k;
}


/* Does a capitalised word follow the head that ends at h, on its line,
 * not a post, a participle ("Facility Supporting ...", which begins its
 * complement) nor a field's label ("Lake Council E-mail: ...")?  Then the head is a modifier of a longer compound,
 * whose head comes last ("the Harbour Process Review Model"): no name of
 * its own. */
static bool
modifies_a_later_word(const pt_scan *sc, size_t h)
{
    size_t x = h + 1 < sc->n && sc->t[h] == ' ' && !is_digit_at(sc, h + 1)
                   ? name_word_at(sc, h + 1)
                   : 0;
    return x && !WORD_IS(sc, h + 1, x, posts_after_en) &&
           !WORD_IS(sc, h + 1, x, title_participles_en) &&
           !(x < sc->n && sc->t[x] == ':'); /* a field's label: "E-mail:" */
}

/* The end of a run of one to three capitalised words at b, or 0. */
static size_t
capitalised_run_end(const pt_scan *sc, size_t b)
{
    size_t e = 0, x;
    for (int words = 0; words < 3 && (x = name_word_at(sc, b)) &&
                        !is_digit_at(sc, b);
         words++) {
        e = x;
        if (x + 1 >= sc->n || sc->t[x] != ' ')
            break;
        b = x + 1;
    }
    return e;
}

/* At "(": the place of publication of a work a reference cites, before
 * its publisher and year ("(Harbourtown, Lake Press, 2014)"): a PLACE
 * where no gazetteer lists it.  An author and a year ("(Ruiz, 2014)")
 * have no publisher between them. */
static pt_status
publication_place_at(pt_scan *sc, size_t i)
{
    size_t b = i + 1, e = capitalised_run_end(sc, b);
    if (!e || !lit_at(sc, e, ", "))
        return PT_OK;
    size_t p = e + 2, q = capitalised_run_end(sc, p);
    /* the publisher: capitalised words, "Ltd." or "Inc." after them */
    if (!q)
        return PT_OK;
    if (q < sc->n && sc->t[q] == '.')
        q++;
    if (!lit_at(sc, q, ", ") || !pt__year_at(sc, q + 2) ||
        !lit_at(sc, q + 6, ")") || pt__listed_start(sc, e, ~0u) < e)
        return PT_OK;
    return pt__emit(sc, b, e, PT_LABEL_PLACE, PT_REC_SHAPE, "%.*s",
                    (int)(e - b), sc->t + b);
}

/* How many items a list of places may have: a bound on the work at each
 * word after a preposition. */
#define MAX_LISTED_PLACES 12

/* en: capitalised nouns of UN texts that name no place, beside those
 * that head a body's name ("Bamako and Headquarters") */
static const char *const no_places_en[] = {
    "field", "government", "governments", "headquarters", "members",
    "offices", "partners", "states"};

/* Does a word of t[b, e) head a name other than a place's ("Unity State"
 * is one) or name no place? */
static bool
holds_no_place_word(const pt_scan *sc, size_t b, size_t e)
{
    for (size_t w = b; w < e;) {
        size_t x = word_end(sc, w);
        if (x == w)
            break;
        const name_head *head = head_of(sc, w, x);
        if ((head && head->label != PLC_) || WORD_IS(sc, w, x, no_places_en))
            return true;
        w = x < e ? x + 1 : x;
    }
    return false;
}

/* en: endings of adjectives of nationality and region, not of towns'
 * names ("Serbian and Kosovo officials", "Sudanese") */
static const char *const adjective_endings_en[] = {"ean", "ese", "ian", "ish"};

/* Does s[0, n) end as such an adjective does? */
static bool
ends_as_an_adjective(const char *s, size_t n)
{
    for (size_t k = 0; k < COUNT(adjective_endings_en); k++)
        if (n > 3 && memcmp(s + n - 3, adjective_endings_en[k], 3) == 0)
            return true;
    return false;
}

/* Is t[b, e) exactly a listed name with one of `labels`, or does no listed
 * name begin inside it?  1, 0, or -1 when another name begins inside. */
static int
listed_exactly(const pt_scan *sc, size_t b, size_t e, uint32_t labels)
{
    if (pt__listed_start(sc, e, labels) == b)
        return 1;
    size_t k = pt__first_name_from(sc, b);
    const pt_cand *c = sc->cands.items;
    return k < sc->names && c[k].start < e ? -1 : 0;
}

/* At b, after a preposition: a list of one- to three-word names that
 * holds a listed town or region names places all through ("in Kidal, Gao
 * and Timbuktu"; "to Mopti and Sevare"), as a reader infers the unlisted
 * ones.  Each item a listed place or State or unlisted, no compass word
 * (a region: "East and South Asia") nor a word of a body or of no place
 * ("Bamako and Headquarters"), and the list followed by punctuation
 * or a word in lower case, not by another capitalised word (a title's
 * words: "Leadership and Governance New York Ms. Ruiz"). */
static pt_status
places_listed_with_a_place(pt_scan *sc, size_t b)
{
    size_t starts[MAX_LISTED_PLACES], ends[MAX_LISTED_PLACES], count = 0;
    bool unlisted[MAX_LISTED_PLACES]; /* no listed name inside the item */
    size_t k = b, n;
    for (bool last = false;; ) {
        size_t e = capitalised_run_end(sc, k), next;
        if (!e || count == MAX_LISTED_PLACES)
            return PT_OK;
        starts[count] = k;
        ends[count++] = e;
        if (last) {
            k = e;
            break;
        }
        if ((next = lit_in(sc, e, list_seps_en, COUNT(list_seps_en))))
            last = sc->t[next - 2] == 'd' || sc->t[next - 2] == 'r';
        else
            return PT_OK;
        k = next;
    }
    if (count < 2 ||
        !(k == sc->n || (sc->t[k] != '\0' && strchr(",.;:)", sc->t[k])) ||
          lit_at(sc, k, " (") ||
          (sc->t[k] == ' ' && k + 1 < sc->n &&
           pt__is_lower(cp_at(sc, k + 1, &n)))))
        return PT_OK;
    const uint32_t place = 1u << PT_LABEL_PLACE, state = 1u << PT_LABEL_COUNTRY;
    bool placed = false;
    for (size_t j = 0; j < count; j++) {
        if (WORD_IS(sc, starts[j], word_end(sc, starts[j]), compass_en) ||
            ends_as_an_adjective(sc->t + starts[j], ends[j] - starts[j]))
            return PT_OK;
        int listed = listed_exactly(sc, starts[j], ends[j], place);
        unlisted[j] = listed == 0;
        placed |= listed == 1;
        if ((listed == -1 &&
             listed_exactly(sc, starts[j], ends[j], state) != 1) ||
            (listed == 0 && holds_no_place_word(sc, starts[j], ends[j])))
            return PT_OK;
    }
    for (size_t j = 0; placed && j < count; j++) {
        if (!unlisted[j])
            continue;
        pt_status st = pt__emit(sc, starts[j], ends[j], PT_LABEL_PLACE,
                                PT_REC_PLACE_CONTEXT, "%.*s",
                                (int)(ends[j] - starts[j]), sc->t + starts[j]);
        if (st != PT_OK)
            return st;
    }
    return PT_OK;
}

/* At a preposition that may stand before places: the list after it. */
static pt_status
place_list_at(pt_scan *sc, size_t i, size_t *resume)
{
    (void)resume;
    size_t e = word_end(sc, i), n;
    if (!(sc->langs & PT_LANG_EN) || e + 1 >= sc->n || sc->t[e] != ' ' ||
        !pt__is_upper(cp_at(sc, e + 1, &n)))
        return PT_OK;
    return places_listed_with_a_place(sc, e + 1);
}

/* en: the kinds of settlement, of local subdivision and of river a report
 * names by a proper name before them ("the Farchana camp", "the
 * Haute-Lake prefecture", "the Atrato basin") or after "of" ("the town of
 * Birao"), in the order of their letters.  A region is left out: "the
 * Arab region" is a name of its own. */
static const char *const place_kinds_en[] = {
    "basin", "camp", "city", "commune", "county", "district", "governorate",
    "locality", "municipality", "neighborhood", "neighbourhood", "prefecture",
    "province", "river", "rivers", "settlement", "site", "sub-prefecture", "town",
    "valley", "village"};

/* en: the same kinds in the plural, which name each place of a list
 * before them ("Nasir, Ulang and Maiwut counties"), in the order of their
 * letters; "rivers" is the table's above. */
static const char *const place_kinds_plural_en[] = {
    "camps", "cities", "communes", "counties", "districts", "governorates",
    "localities", "municipalities", "neighborhoods", "neighbourhoods", "prefectures",
    "provinces", "settlements", "sites", "towns", "valleys", "villages"};

/* Most items of a list of places before their kind. */
#define PLACE_LIST_ITEMS 12

/* en: the kinds of place written before their name, as a part of it
 * ("Lake Victoria", "Mount Elgon"), in the order of their letters. */
static const char *const place_kinds_before_en[] = {"lake", "mount"};

/* en: words between a place's name and its kind ("the Kakuma refugee
 * camp", "the Korsi reception site"), in the order of their letters. */
static const char *const kind_modifiers_en[] = {
    "displacement", "reception", "refugee", "transit"};

/* The words before a place's name and its kind ("the", "in", "at"). */
static const char *const before_place_kind_en[] = {
    "and", "at", "from", "in", "near", "of", "the", "to"};

/* Does a name found so far, listed or read from its shape, begin inside
 * t[b, e)? */
static bool
name_found_inside(const pt_scan *sc, size_t b, size_t e)
{
    const pt_cand *c = sc->cands.items;
    size_t k = pt__first_name_from(sc, b);
    return pt__found_inside(sc, b, e) || (k < sc->names && c[k].start < e);
}

/* The lower-case particles inside names of places ("Bahr el Ghazal",
 * "Tristan da Cunha", "Salah al-Din"): a capitalised run before one is a
 * part of a name, not all of it */
static const char *const name_particles[] = {
    " al ", " al-", " da ", " das ", " do ", " dos ", " el ", " el-"};

/* The end of a place's name of capitalised words at b, with the
 * particles inside it ("Salah al-Din", "Bahr el Ghazal"), or 0. */
static size_t
place_name_end(const pt_scan *sc, size_t b)
{
    size_t x = capitalised_run_end(sc, b), y;
    for (int k = 0; x && k < 2 &&
                    (y = lit_in(sc, x, name_particles, COUNT(name_particles)));
         k++)
        x = capitalised_run_end(sc, y);
    return x;
}

/* Has t[b, e) the shape of an unlisted place's name: no word of it a
 * body's or of no place, no adjective ("the Sudanese camp"), no compass
 * point first, no name found inside? */
static bool
has_a_place_name_shape(const pt_scan *sc, size_t b, size_t e)
{
    return !name_found_inside(sc, b, e) && !holds_no_place_word(sc, b, e) &&
           !ends_as_an_adjective(sc->t + b, e - b) &&
           !WORD_IS(sc, b, word_end(sc, b), compass_en);
}

/* Is t[b, e), one to three capitalised words (and the particles between
 * them), the name of a place of an unlisted kind? */
static bool
names_an_unlisted_place(const pt_scan *sc, size_t b, size_t e)
{
    return place_name_end(sc, b) == e && has_a_place_name_shape(sc, b, e);
}

/* The start of the one to three capitalised words that end at i - 1
 * (t[i - 1] a space), or i. */
static size_t
capitalised_run_before(const pt_scan *sc, size_t i)
{
    const char *t = sc->t;
    size_t b = i, w = i - 1;
    for (int words = 0; i >= 2 && t[i - 1] == ' ' && words < 3; words++) {
        size_t p = w;
        while (p > 0 && t[p - 1] != ' ')
            p--;
        if (p == w || !capitalised_at(sc, p))
            break;
        b = p;
        if (p < 2)
            break;
        w = p - 1;
    }
    return b;
}

/* The one to three capitalised words that end before the space at
 * t[p - 1] and a comma there may be, none of them ending in a comma
 * (a list's item: "Ulang" in "Nasir, Ulang and"): true, the span in
 * [*b, *e). */
static bool
list_item_before(const pt_scan *sc, size_t p, size_t *b, size_t *e)
{
    const char *t = sc->t;
    if (p < 2 || t[p - 1] != ' ')
        return false;
    size_t end = t[p - 2] == ',' ? p - 2 : p - 1, start = end, x = end;
    for (int words = 0; words < 3; words++) {
        size_t w = x;
        while (w > 0 && t[w - 1] != ' ')
            w--;
        if (w == x || !capitalised_at(sc, w) || memchr(t + w, ',', x - w) != NULL)
            break;
        start = w;
        if (w < 2)
            break;
        x = w - 1;
    }
    *b = start;
    *e = end;
    return start < end;
}

/* Is t[b, e) a place: a listed one, or one of an unlisted kind?  Only
 * the unlisted is emitted here. */
static bool
names_a_place(pt_scan *sc, size_t b, size_t e, pt_status *st)
{
    if (pt__listed_start(sc, e, 1u << PT_LABEL_PLACE) == b)
        return true;
    if (!names_an_unlisted_place(sc, b, e))
        return false;
    *st = pt__emit(sc, b, e, PT_LABEL_PLACE, PT_REC_PLACE_CONTEXT, "%.*s",
                   (int)(e - b), sc->t + b);
    return *st == PT_OK;
}

/* en: at a kind of place in lower case, the unlisted place it names,
 * before it after "the", "in" and the like ("the Farchana camp", "the
 * Korsi reception site"), or after it and "of" ("the town of Birao"). */
static pt_status
place_of_a_kind_en(pt_scan *sc, size_t i)
{
    const char *t = sc->t;
    size_t e = word_end(sc, i);
    /* the rule's other languages' kinds begin here too ("provinces") */
    bool plural = LOWER_WORD_IS(sc, i, e, place_kinds_plural_en);
    if (!plural && !LOWER_WORD_IS(sc, i, e, place_kinds_en))
        return PT_OK;
    plural = plural || t[e - 1] == 's';
    pt_status st = PT_OK;
    /* after "of", the place, or in the plural each of a list ("the
     * governorates of Salah al-Din, Ninewa and Anbar") */
    size_t p = lit_at(sc, e, " of ") ? e + 4 : 0;
    for (size_t k = 0; p && k < PLACE_LIST_ITEMS; k++) {
        size_t x = place_name_end(sc, p);
        if (!x || (x < sc->n && pt__is_ascii_alnum((unsigned char)t[x])) ||
            lit_at(sc, x, " of ") || !names_a_place(sc, p, x, &st) || !plural)
            break; /* (singular: "the Dweila neighbourhood of Damascus" names
                    * a place before the kind too) */
        p = lit_at(sc, x, ", and ") ? x + 6
            : lit_at(sc, x, ", ")   ? x + 2
            : lit_at(sc, x, " and ") ? x + 5
                                     : 0;
        if (!p)
            return st;
    }
    if (st != PT_OK)
        return st;
    /* back over a modifier, then one to three capitalised words, to the
     * word before them */
    if (i < 2 || t[i - 1] != ' ')
        return PT_OK;
    size_t m = i - 1;
    while (m > 0 && t[m - 1] != ' ')
        m--;
    if (m > 1 && LOWER_WORD_IS(sc, m, i - 1, kind_modifiers_en))
        i = m;
    size_t b = capitalised_run_before(sc, i);
    if (b == i || b < 2)
        return PT_OK;
    size_t lead = b - 1;
    while (lead > 0 && t[lead - 1] != ' ')
        lead--;
    if (lead + 1 >= b || !LOWER_WORD_IS(sc, lead, b - 1, before_place_kind_en) ||
        !names_a_place(sc, b, i - 1, &st) || !plural || !lit_at(sc, lead, "and "))
        return st;
    /* a kind in the plural names each place of the list before "and" too
     * ("the Tigris and Euphrates rivers", "Nasir, Ulang and Maiwut
     * counties") */
    size_t ib, ie;
    for (int k = 0; k < PLACE_LIST_ITEMS && list_item_before(sc, lead, &ib, &ie) &&
                    names_a_place(sc, ib, ie, &st);
         k++) {
        if (ib < 2 || t[ib - 2] != ',')
            break;
        lead = ib;
    }
    return st;
}

/* ---- places of a kind in French, Spanish, Russian and Arabic ----------- */

/* fr, es: the kinds of settlement, of local subdivision, of site, of
 * valley and of river a report names a place by, singular and plural,
 * before "de" and the name ("le camp de Kakuma", "la ville de Birao", "el
 * campamento de Kakuma", "la provincia de Kivu"), a river's before the
 * name itself ("le fleuve Mano", "el río Litani"); in the order of their
 * bytes.  As in English, a region is left out ("la région de la CEE",
 * "la zona de la Misión"), and so is Spanish "pueblo", a people as often
 * as a town. */
typedef struct place_kind {
    const char *word; /* in lower case */
    uint8_t lang;     /* PT_LANG_FR or PT_LANG_ES */
    uint8_t flags;    /* KIND_* */
} place_kind;

/* A kind whose name follows it without "de" (a river's); one that is a
 * kind of place only with a modifier ("le site d'accueil de Korsi", but
 * "le site Web de l'ONU"). */
enum { KIND_BARE = 1, KIND_MODIFIED = 2 };

#define FR PT_LANG_FR
#define ES PT_LANG_ES
static const place_kind place_kinds_fr_es[] = {
    {"aldea", ES, 0},             {"aldeas", ES, 0},
    {"asentamiento", ES, 0},      {"asentamientos", ES, 0},
    {"bassin", FR, 0},            {"camp", FR, 0},
    {"campamento", ES, 0},        {"campamentos", ES, 0},
    {"camps", FR, 0},             {"ciudad", ES, 0},
    {"ciudades", ES, 0},          {"colonie", FR, 0},
    {"colonies", FR, 0},          {"commune", FR, 0},
    {"communes", FR, 0},          {"comté", FR, 0},
    {"comtés", FR, 0},            {"comuna", ES, 0},
    {"comunas", ES, 0},           {"condado", ES, 0},
    {"condados", ES, 0},          {"cuenca", ES, 0},
    {"district", FR, 0},          {"districts", FR, 0},
    {"distrito", ES, 0},          {"distritos", ES, 0},
    {"fleuve", FR, KIND_BARE},    {"gobernaciones", ES, 0},
    {"gobernación", ES, 0},       {"gouvernorat", FR, 0},
    {"gouvernorats", FR, 0},      {"localidad", ES, 0},
    {"localidades", ES, 0},       {"localité", FR, 0},
    {"localités", FR, 0},         {"municipalité", FR, 0},
    {"municipalités", FR, 0},     {"municipio", ES, 0},
    {"municipios", ES, 0},        {"prefectura", ES, 0},
    {"prefecturas", ES, 0},       {"province", FR, 0},
    {"provinces", FR, 0},         {"provincia", ES, 0},
    {"provincias", ES, 0},        {"préfecture", FR, 0},
    {"préfectures", FR, 0},       {"rivière", FR, KIND_BARE},
    {"río", ES, KIND_BARE},       {"site", FR, KIND_MODIFIED},
    {"sitio", ES, KIND_MODIFIED}, {"sous-préfecture", FR, 0},
    {"sous-préfectures", FR, 0},  {"subprefectura", ES, 0},
    {"subprefecturas", ES, 0},    {"valle", ES, 0},
    {"vallée", FR, 0},            {"village", FR, 0},
    {"villages", FR, 0},          {"ville", FR, 0},
    {"villes", FR, 0}};
#undef FR
#undef ES

/* en: at a capitalised "Lake" or "Mount", the place it names with the
 * one to three capitalised words after it ("Lake Chad", "Lake Chad
 * Basin"), no body's name ("Lake Chad Basin Commission", read from its
 * head), no adjective, no word of a name before it. */
static pt_status
place_after_its_kind_at(pt_scan *sc, size_t i, size_t *resume)
{
    size_t k = word_end(sc, i), n;
    if (!(sc->langs & PT_LANG_EN) || k + 1 >= sc->n || sc->t[k] != ' ' ||
        !WORD_IS(sc, i, k, place_kinds_before_en))
        return PT_OK;
    /* after a capitalised word it is a word of a longer name ("the Gross
     * Lake Product") */
    size_t w = i >= 2 && sc->t[i - 1] == ' ' ? word_before(sc, i - 1) : i - 1;
    if (w + 1 < i - 1 && pt__is_upper(cp_at(sc, w, &n)))
        return PT_OK;
    size_t b = k + 1, e = place_name_end(sc, b);
    /* a term its acronym follows is no place ("Trade in Lake Goods (TLG)") */
    if (!e || holds_no_place_word(sc, b, e) ||
        ends_as_an_adjective(sc->t + b, e - b) ||
        (lit_at(sc, e, " (") && e + 2 < sc->n && pt__is_upper(cp_at(sc, e + 2, &n))))
        return PT_OK;
    *resume = e;
    return pt__emit(sc, i, e, PT_LABEL_PLACE, PT_REC_PLACE_CONTEXT, "%.*s",
                    (int)(e - i), sc->t + i);
}

/* fr, es: what stands between a camp or a site and "de" and its name
 * ("le camp de réfugiés de Kakuma", "el campamento de desplazados de
 * Kakuma", "le site d'accueil de Korsi") */
static const char *const kind_modifiers_fr_es[] = {
    " d'accueil", " d’accueil", " de acogida",
    " de desplazados", " de déplacés", " de refugiados", " de réfugiés",
    " de transit", " de tránsito", " para desplazados", " para refugiados",
    " pour déplacés", " pour réfugiés"};

/* fr, es: "de" before the name, and "and" before a second name after a
 * kind in the plural ("les provinces de Homs et de Hama") */
static const char *const de_fr_es[] = {" de ", " d'", " d\xE2\x80\x99"};
static const char *const and_de_fr_es[] = {" et de ", " et d'",
                                           " et d\xE2\x80\x99", " y de ",
                                           " et ", " y "};

/* fr, es: what joins a body's head and a kind of place in the body's name
 * ("l'Union du fleuve Mano", "la Autoridad de la cuenca del ..."): the
 * kind is no place's there */
static const char *const of_fr_es[] = {"de ", "de la ", "del ", "du "};

/* fr, es: does a capitalised word and "de" end at i, before a kind? */
static bool
kind_in_a_name_fr_es(const pt_scan *sc, size_t i)
{
    size_t n;
    for (size_t k = 0; k < COUNT(of_fr_es); k++) {
        size_t m = strlen(of_fr_es[k]);
        if (i < m + 2 || memcmp(sc->t + i - m, of_fr_es[k], m) != 0 ||
            sc->t[i - m - 1] != ' ' ||
            !pt__is_latin_letter((unsigned char)sc->t[i - m - 2]))
            continue; /* not after punctuation: "Morvalle, del campamento" */
        size_t w = i - m - 1;
        while (w > 0 && sc->t[w - 1] != ' ')
            w--;
        return pt__is_upper(cp_at(sc, past_elision(sc, w), &n));
    }
    return false;
}

/* fr, es: the unlisted place whose name, one to three capitalised words
 * not in capitals, begins at b and stands whole: the end of its name once
 * emitted, or 0. */
static size_t
place_of_a_kind_fr_es_emit(pt_scan *sc, size_t b, pt_status *st)
{
    size_t x = capitalised_run_end(sc, b);
    if (!x || lit_in(sc, x, name_particles,
                     COUNT(name_particles)) ||
        !holds_a_lower_case_letter(sc, b, x) ||
        !names_an_unlisted_place(sc, b, x))
        return 0;
    *st = pt__emit(sc, b, x, PT_LABEL_PLACE, PT_REC_PLACE_CONTEXT, "%.*s",
                   (int)(x - b), sc->t + b);
    return x;
}

/* fr, es: at a kind of place in lower case, the unlisted place named
 * after it and "de" ("la ville de Birao"), or, after a river's, right
 * after it ("le fleuve Mano"), or after a modifier ("le site d'accueil
 * de Korsi"); the name as written is the value, as
 * English writes it.  A kind in the plural names a second place after
 * "et" or "y" too. */
static pt_status
place_of_a_kind_fr_es(pt_scan *sc, size_t i)
{
    const char *t = sc->t;
    size_t e = word_end(sc, i), m;
    long k = t[i] >= 'a' && t[i] <= 'z'
                 ? find_word(sc, i, e, place_kinds_fr_es,
                             COUNT(place_kinds_fr_es),
                             sizeof *place_kinds_fr_es)
                 : -1;
    if (k < 0 || !(place_kinds_fr_es[k].lang & sc->langs) ||
        kind_in_a_name_fr_es(sc, i))
        return PT_OK;
    size_t b = e;
    uint8_t flags = place_kinds_fr_es[k].flags;
    if (flags & KIND_BARE) {
        if (!lit_at(sc, b, " "))
            return PT_OK;
        b++;
    } else {
        if ((m = lit_in(sc, b, kind_modifiers_fr_es,
                        COUNT(kind_modifiers_fr_es))))
            b = m;
        else if (flags & KIND_MODIFIED)
            return PT_OK;
        if (!(m = lit_in(sc, b, de_fr_es, COUNT(de_fr_es))))
            return PT_OK;
        b = m;
    }
    pt_status st = PT_OK;
    size_t x = place_of_a_kind_fr_es_emit(sc, b, &st);
    if (st == PT_OK && t[e - 1] == 's' && (x = capitalised_run_end(sc, b)) &&
        (m = lit_in(sc, x, and_de_fr_es, COUNT(and_de_fr_es))))
        place_of_a_kind_fr_es_emit(sc, m, &st);
    return st;
}

/* ru: the stems of the kinds of place (the noun less its case ending),
 * which Russian writes before the name in its nominative ("лагерь
 * Какума", "в городе Бирао", "провинции Киву"); in the order of their
 * bytes.  A region ("область") is left out, as in English, and so is
 * "штат", a staff as often as a State of a federation. */
static const char *const place_kinds_ru[] = {
    "бассейн", "город", "графств", "деревн", "долин", "коммун", "лагер",
    "муниципалитет", "мухафаз", "округ", "поселени", "поселк", "посёлк",
    "префектур", "провинци", "район", "рек", "сел"};

/* ru: the case endings those stems take (none: "город", "район") */
static const char *const noun_endings_ru[] = {
    "", "а", "ам", "ами", "ах", "е", "ей", "ем", "и", "й", "о", "ов",
    "ой", "ом", "у", "ы", "ь", "ю", "я", "ям", "ями", "ях"};

/* ru: what stands between a camp and its name ("лагерь беженцев
 * Какума", "в лагере для беженцев Какума") */
static const char *const kind_modifiers_ru[] = {
    " беженцев", " для беженцев", " для внутренне перемещенных лиц",
    " для перемещенных лиц"};

/* ru: the Russian letters а to я in Latin ones, as English spells the
 * names Russian writes in its letters (BGN/PCGN without diacritics: the
 * soft and hard signs are silent), but for х, which is the h of the
 * foreign names this rule reads (Хомс, Homs; Russian's own are listed) */
static const char *const latin_of_ru[32] = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k",
    "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h",
    "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

/* ru: the name in Latin letters into out (room for `size`): its length,
 * or 0 when it does not fit.  "дж" is j, as Russian writes the j of
 * foreign names (Джуба, Juba). */
static size_t
latin_of_russian(const pt_scan *sc, size_t b, size_t e, char *out,
                 size_t size)
{
    size_t o = 0, n, m;
    for (size_t k = b; k < e; k += n) {
        uint32_t c = cp_at(sc, k, &n);
        uint32_t lower = pt__cyrillic_lower(c);
        bool upper = lower != c;
        const char *l = lower == 0x451 ? "e"
                        : lower >= 0x430 && lower <= 0x44F
                            ? latin_of_ru[lower - 0x430]
                            : c == '-' ? "-" : " ";
        if (lower == 0x434 && (cp_at(sc, k + n, &m) | 0x20) == 0x436) {
            l = "j"; /* д and ж, of either case: their codes differ by 0x20 */
            n += m;
        }
        size_t len = strlen(l);
        if (o + len >= size)
            return 0;
        memcpy(out + o, l, len);
        if (upper && len)
            out[o] = (char)(out[o] - 0x20);
        o += len;
    }
    return o;
}

/* The particles that join the parts of a town's name with hyphens, in
 * the Romance languages' names and as Russian transcribes them
 * ("Mocimboa-da-Praia", "Port-de-Paix", "Мосимбоа-да-Прая"). */
static const char *const hyphen_particles[] = {
    "-da-", "-de-", "-do-", "-dos-", "-das-", "-du-", "-des-", "-del-",
    "-la-", "-le-", "-les-", "-en-", "-sur-", "-да-", "-де-", "-ду-", "-дус-",
    "-дель-", "-ла-", "-ле-", "-сюр-"};

/* The end of the letters of a word at t[i] (Latin or Cyrillic), or i. */
static size_t
letters_end(const pt_scan *sc, size_t i)
{
    size_t n;
    for (uint32_t c; i < sc->n && ((c = cp_at(sc, i, &n)) == '\'' ||
                                   pt__is_latin_letter(c) || pt__is_cyrillic_letter(c));)
        i += n;
    return i;
}

/* At a hyphen: a town's name whose capitalised parts particles join
 * ("Mocimboa-da-Praia", "Мосимбоа-да-Прае"), one place however its last
 * part is listed (Praia); not before another capitalised word, as a given
 * name so made is ("Jean-de-Dieu Lorme").  Its value is its text, in
 * Latin letters where it is Russian. */
static pt_status
hyphenated_place_at(pt_scan *sc, size_t i, size_t *resume)
{
    size_t p = lit_in(sc, i, hyphen_particles, COUNT(hyphen_particles)), n;
    if (!p || i == 0 || !pt__is_upper(cp_at(sc, p, &n)))
        return PT_OK;
    size_t b = i;
    while (b > 0 && (pt__is_latin_letter(cp_at(sc, pt__prev(sc->t, b), &n)) ||
                     pt__is_cyrillic_letter(cp_at(sc, pt__prev(sc->t, b), &n)) ||
                     sc->t[b - 1] == '-'))
        b = pt__prev(sc->t, b);
    if (b == i || !pt__is_upper(cp_at(sc, b, &n)))
        return PT_OK;
    size_t e = letters_end(sc, p);
    for (size_t q; e < sc->n && (q = lit_in(sc, e, hyphen_particles, COUNT(hyphen_particles))) &&
                   pt__is_upper(cp_at(sc, q, &n));)
        e = letters_end(sc, q);
    if (e == p || (lit_at(sc, e, " ") && e + 1 < sc->n && pt__is_upper(cp_at(sc, e + 1, &n))))
        return PT_OK;
    *resume = e;
    char latin[128];
    const char *value = sc->t + b;
    size_t len = e - b;
    if (pt__is_cyrillic_letter(cp_at(sc, b, &n))) {
        value = latin;
        if (!(len = latin_of_russian(sc, b, e, latin, sizeof latin)))
            return PT_OK;
    }
    return pt__emit(sc, b, e, PT_LABEL_PLACE, PT_REC_PLACE_CONTEXT, "%.*s",
                    (int)len, value);
}

/* ru: at a kind of place, the unlisted place named after it: one to
 * three capitalised words in Russian letters, no adjective and no
 * acronym, no listed name inside; its value the name in Latin letters,
 * which is how English writes most names Russian transcribes ("Какума",
 * Kakuma). */
static pt_status
place_of_a_kind_ru(pt_scan *sc, size_t i)
{
    size_t n, e = cyrillic_word_end(sc, i);
    if (e == i || !at_any_word_start(sc, i) ||
        !pt__is_lower(cp_at(sc, i, &n)))
        return PT_OK;
    bool kind = false;
    for (size_t k = 0; k < COUNT(place_kinds_ru) && !kind; k++) {
        size_t m = strlen(place_kinds_ru[k]);
        for (size_t j = 0; j < COUNT(noun_endings_ru) && !kind; j++)
            kind = e - i == m + strlen(noun_endings_ru[j]) &&
                   memcmp(sc->t + i, place_kinds_ru[k], m) == 0 &&
                   memcmp(sc->t + i + m, noun_endings_ru[j], e - i - m) == 0;
    }
    if (!kind)
        return PT_OK;
    size_t m = lit_in(sc, e, kind_modifiers_ru, COUNT(kind_modifiers_ru));
    size_t b = (m ? m : e) + 1, x = b;
    if (b - 1 >= sc->n || sc->t[b - 1] != ' ')
        return PT_OK;
    for (int words = 0; words < 3; words++) {
        size_t w = x == b ? b : x + 1, we = cyrillic_word_end(sc, w);
        uint32_t c = cp_at(sc, w, &n);
        if ((x > b && sc->t[x] != ' ') || we == w ||
            !((c >= 0x410 && c <= 0x42F) || c == 0x401) ||
            !holds_a_lower_case_letter(sc, w, we) ||
            pt__ends_in(sc, w, we, adjective_endings_ru,
                    COUNT(adjective_endings_ru)))
            break;
        x = we;
    }
    if (x == b || (x < sc->n && is_word_char(cp_at(sc, x, &n))) ||
        name_found_inside(sc, b, x))
        return PT_OK;
    char value[256];
    size_t len = latin_of_russian(sc, b, x, value, sizeof value);
    return len ? pt__emit(sc, b, x, PT_LABEL_PLACE, PT_REC_PLACE_CONTEXT, "%.*s",
                          (int)len, value)
               : PT_OK;
}

/* ar: the kinds of place Arabic writes before a name in the construct
 * state ("مخيم كاكوما", "مدينة بيراو"), in the order of their bytes;
 * "منطقة" (a region or an area) is left out, and "ولاية", a mandate as
 * often as a State. */
static const char *const place_kinds_ar[] = {
    "بلدة", "بلدية", "قرية", "محافظة", "مخيم", "مدينة", "مستوطنة", "مقاطعة",
    "نهر"};

/* zh: the kinds of places Chinese writes after a foreign name
 * (希尔谢贝利州, 卡尔米斯卡德省, 圣克罗伊岛, 博萨索港, 朱巴河,
 * 库里格拉姆县, 锡尔赫特专区, 库图帕朗难民营, 日内瓦营 a camp), each
 * with the characters after it that make it another word's first (州长
 * governor, 岛屿 islands, 港口 harbour, 河流 rivers, 县长, 营地 a camp
 * site, 营养 nutrition, 营业, 营运, 营销). */
static const struct {
    const char *kind, *not_before;
} place_kinds_zh[] = {{"州", "长"}, {"省", "长"}, {"岛", "屿"},
                      {"港", "口"}, {"河", "流"}, {"县", "长级城"},
                      {"专区", ""},   {"难民营", ""}, {"山区", ""}, {"营", "地养业运销"}};

/* The gazetteers' names that end a run of transliteration characters: a
 * State's or a body's, not a town's, which may begin a longer name (朱巴
 * in 朱巴兰州). */
#define LISTED_NAMES_ZH (1u << PT_LABEL_COUNTRY | 1u << PT_LABEL_ORG)

/* Is c one of the characters Chinese writes foreign names with
 * (transliteration_zh.h)? */
static bool
is_transliteration_zh(uint32_t c)
{
    size_t lo = 0, hi = COUNT(transliteration_zh);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (transliteration_zh[mid] == c)
            return true;
        if (transliteration_zh[mid] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

/* zh: the compass points, which transliterations use too (普罗维登西亚莱斯
 * 岛), and the words that begin a place's name by their meaning (下谢贝利州
 * Lower Shabelle, 大特克岛 Grand Turk), before a transliterated name. */
static const char compass_zh[] = "北南东西中";
static const char place_prefixes_zh[] = "北南东西中上下大小新";

/* zh: at a kind of place, the foreign name before it that no gazetteer
 * lists, written with transliteration characters alone (two at least),
 * a compass point before it its own (下谢贝利州); one PLACE, the name as
 * written its value.  A listed State or body inside ends it: 索马里朱巴兰州
 * is Somalia and 朱巴兰州. */
static pt_status
place_of_a_kind_zh(pt_scan *sc, size_t i)
{
    size_t k = 0, n, m;
    while (k < COUNT(place_kinds_zh) && !lit_at(sc, i, place_kinds_zh[k].kind))
        k++;
    if (k == COUNT(place_kinds_zh))
        return PT_OK;
    size_t e = i + strlen(place_kinds_zh[k].kind);
    if (e < sc->n && pt__char_in_set(place_kinds_zh[k].not_before, cp_at(sc, e, &n)))
        return PT_OK;
    size_t b = i, chars = 0;
    while (b > 0 && chars < 8) {
        size_t p = pt__prev(sc->t, b);
        uint32_t c = cp_at(sc, p, &m);
        if (!(is_transliteration_zh(c) || pt__char_in_set(compass_zh, c)) ||
            pt__listed_start(sc, b, LISTED_NAMES_ZH) < b)
            break;
        b = p;
        chars++;
    }
    /* a listed place's name before the kind names a place of its own
     * (吉大港 and 吉大港山区, 日内瓦 and 日内瓦营 the camp) */
    size_t listed = pt__listed_start(sc, i, 1u << PT_LABEL_PLACE);
    if (chars == 0 && listed < i)
        return pt__cand_add(sc, listed, e, PT_LABEL_PLACE, PT_REC_SHAPE, sc->t + listed,
                            e - listed);
    if (chars < 2 || pt__listed_at(sc, b, LISTED_NAMES_ZH))
        return PT_OK;
    if (b > 0 && pt__char_in_set(place_prefixes_zh, cp_at(sc, pt__prev(sc->t, b), &m)))
        b = pt__prev(sc->t, b);
    return pt__cand_add(sc, b, e, PT_LABEL_PLACE, PT_REC_SHAPE, sc->t + b, e - b);
}

/* zh: how many names a list joined by "、" holds at most. */
#define PLACE_LIST_ZH 12

/* zh: the kinds of place "等" ("and the like") names after a list of them
 * ("基贝拉、马萨雷和坎格米等非正规住区"). */
static const char *const listed_kinds_zh[] = {
    "非正规住区", "住区", "城市", "城镇", "村庄", "难民营", "营地", "地区", "社区",
    "省", "州", "县", "市", "镇", "村"};

/* zh: the end of the list item at t[k]: a listed place or State, or a
 * run of two to eight transliteration characters that holds no listed
 * State or body; *listed whether it is a listed place; or k. */
static size_t
list_item_end_zh(const pt_scan *sc, size_t k, bool *listed)
{
    size_t e = listed_end_at(sc, k, 1u << PT_LABEL_PLACE | 1u << PT_LABEL_COUNTRY), n;
    *listed = e > k && listed_end_at(sc, k, 1u << PT_LABEL_PLACE) == e;
    if (e > k)
        return e;
    size_t chars = 0;
    for (e = k; e < sc->n && chars < 8 && is_transliteration_zh(cp_at(sc, e, &n)) &&
                (e == k || !pt__listed_at(sc, e, LISTED_NAMES_ZH));
         e += n)
        chars++;
    /* a run the bound cut is no name of its own */
    if (chars == 8 && e < sc->n && is_transliteration_zh(cp_at(sc, e, &n)))
        return k;
    return chars >= 2 ? e : k;
}

/* zh: what ends a list of names: punctuation, "等", "的", "以及", the end */
static bool
ends_list_zh(const pt_scan *sc, size_t k)
{
    size_t n;
    uint32_t c = k < sc->n ? cp_at(sc, k, &n) : 0;
    return k >= sc->n || c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0xFF1A ||
           c == 0x3001 || c == 0xFF09 || c == ' ' || lit_at(sc, k, "等") ||
           lit_at(sc, k, "的") || lit_at(sc, k, "以及");
}

/* zh: at "、", the list of names it opens ("内罗毕、蒙巴萨和洛德瓦尔"):
 * where one is a listed place, or "等" and a kind of place follow the
 * list, its names written with transliteration characters alone are
 * places too, as a reader infers them (English: "in Kidal, Gao and
 * Timbuktu").  Read at the list's first "、" only. */
static pt_status
place_list_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    (void)resume;
    size_t starts[PLACE_LIST_ZH], ends[PLACE_LIST_ZH], count = 0, m;
    bool listed[PLACE_LIST_ZH], any = false;
    if (sc->langs != PT_LANG_ZH)
        return PT_OK;
    /* the first item: a listed name that ends at i, or a run */
    size_t b = pt__listed_start(sc, i, 1u << PT_LABEL_PLACE | 1u << PT_LABEL_COUNTRY);
    if (b == i) {
        size_t chars = 0;
        for (; b > 0 && chars < 8 &&
               is_transliteration_zh(cp_at(sc, pt__prev(sc->t, b), &m));
             chars++)
            b = pt__prev(sc->t, b);
        if (chars == 8 && b > 0 && is_transliteration_zh(cp_at(sc, pt__prev(sc->t, b), &m)))
            return PT_OK; /* a run the bound cut */
    }
    if (b == i || (b >= 3 && lit_at(sc, b - 3, "、")))
        return PT_OK;
    bool first_listed;
    if (list_item_end_zh(sc, b, &first_listed) != i)
        return PT_OK;
    starts[count] = b;
    ends[count] = i;
    listed[count++] = first_listed;
    size_t k = i;
    for (bool last = false; !last && count < PLACE_LIST_ZH;) {
        if (!lit_at(sc, k, "、") && !lit_at(sc, k, "和") && !lit_at(sc, k, "及"))
            break;
        last = !lit_at(sc, k, "、");
        k += 3;
        size_t e = list_item_end_zh(sc, k, &listed[count]);
        if (e == k)
            return PT_OK;
        starts[count] = k;
        ends[count++] = e;
        k = e;
    }
    if (count < 2 || !ends_list_zh(sc, k))
        return PT_OK;
    for (size_t j = 0; j < count; j++)
        any |= listed[j];
    bool kind = lit_at(sc, k, "等") &&
                lit_in(sc, k + 3, listed_kinds_zh, COUNT(listed_kinds_zh));
    if (!any && !kind)
        return PT_OK;
    pt_status rc = PT_OK;
    /* beside a listed town only, a name of three characters or more: two
     * make words as often (福利, 考察) */
    for (size_t j = 0; j < count; j++)
        if (!listed[j] && pt__listed_start(sc, ends[j], ~0u) != starts[j] &&
            (kind || ends[j] - starts[j] >= 9))
            PT_CHECK(pt__cand_add(sc, starts[j], ends[j], PT_LABEL_PLACE,
                                  PT_REC_PLACE_CONTEXT, sc->t + starts[j],
                                  ends[j] - starts[j]));
done:
    return rc;
}

/* ar: the words after a kind that begin no name: prepositions,
 * relatives, verbs of being and the like ("قرية من قرى") */
static const char *const not_names_ar[] = {
    "أو", "أي", "إلى", "بعد", "بين", "تلك", "تم", "ثم", "حول", "حيث",
    "خلال", "ذلك", "ضد", "على", "عن", "عند", "غير", "في", "قبل", "قد",
    "كان", "كانت", "كل", "كما", "لدى", "مع", "من", "منذ", "هذا", "هذه",
    "هو", "هي"};

/* ar: the endings of words that are no foreign place's name after a
 * kind: the feminine ending and the nisba's, the sound plurals, a
 * pronoun's suffix, alif maqsura ("مدينة كبيرة", "مخيمات أخرى", "مدن
 * أوكرانية", "مدينة يقطنها") */
static const char *const no_name_endings_ar[] = {
    "\xD8\xA9", "\xD9\x89", "ات", "ين", "ون", "ها"};

/* The end of the word of Arabic letters at i, or i. */
static size_t
arabic_word_end(const pt_scan *sc, size_t i)
{
    size_t n;
    for (uint32_t c; i < sc->n && (c = cp_at(sc, i, &n)) >= 0x621 &&
                     c <= 0x64A;)
        i += n;
    return i;
}

/* Does a one-letter clitic (two bytes) stand at t[w]? */
static bool
arabic_clitic_at(const pt_scan *sc, size_t w)
{
    for (size_t k = 0; k < PT_ARABIC_CLITICS; k++)
        if (lit_at(sc, w, pt__arabic_clitics[k]))
            return true;
    return false;
}

/* ar: may the word t[w, we) be a foreign place's name after a kind: no
 * article, after a clitic or not (a name with one, "الرقة", is listed
 * or no name: "مخيم اللاجئين", "للاجئين"), no function word, no ending of
 * a common word? */
static bool
may_name_a_place_ar(const pt_scan *sc, size_t w, size_t we)
{
    static const char article[] = "ال";
    bool clitic = arabic_clitic_at(sc, w);
    bool definite = lit_at(sc, w, article) || lit_at(sc, w, "لل") ||
                    (clitic && lit_at(sc, w + 2, article));
    return we > w && !definite &&
           script_word_in(sc, w, not_names_ar, COUNT(not_names_ar)) != we &&
           !(clitic && script_word_in(sc, w + 2, not_names_ar,
                                      COUNT(not_names_ar)) == we) &&
           !pt__ends_in(sc, w, we, no_name_endings_ar, COUNT(no_name_endings_ar));
}

/* ar: at a kind of place, after one-letter clitics or none ("بمدينة"),
 * the unlisted place named after it, one or two words; the name as
 * written is its value, Arabic having no English spelling to give. */
static pt_status
place_of_a_kind_ar(pt_scan *sc, size_t i)
{
    size_t n;
    /* back over one clitic or two ("وبمدينة"): each two bytes */
    size_t p = i;
    for (int k = 0; k < 2 && !at_any_word_start(sc, p) && p >= 2 &&
                    arabic_clitic_at(sc, p - 2);
         k++)
        p -= 2;
    if (!at_any_word_start(sc, p))
        return PT_OK;
    size_t e = script_word_in(sc, i, place_kinds_ar, COUNT(place_kinds_ar));
    if (!e || !lit_at(sc, e, " "))
        return PT_OK;
    size_t b = e + 1, x = arabic_word_end(sc, b);
    if (!may_name_a_place_ar(sc, b, x))
        return PT_OK;
    /* more words, up to three ("مدينة أربا مينش"), but none after "and"
     * or "so" ("كاكوما ودارفور") */
    for (int words = 1; words < 3; words++) {
        size_t y = x < sc->n && sc->t[x] == ' ' ? arabic_word_end(sc, x + 1)
                                                : x;
        if (y == x || y == x + 1 || !may_name_a_place_ar(sc, x + 1, y) ||
            lit_at(sc, x + 1, pt__arabic_clitics[0]) ||
            lit_at(sc, x + 1, pt__arabic_clitics[1]) ||
            (y < sc->n && is_word_char(cp_at(sc, y, &n))))
            break;
        x = y;
    }
    if ((x < sc->n && is_word_char(cp_at(sc, x, &n))) ||
        name_found_inside(sc, b, x))
        return PT_OK;
    return pt__emit(sc, b, x, PT_LABEL_PLACE, PT_REC_PLACE_CONTEXT, "%.*s",
                    (int)(x - b), sc->t + b);
}

/* ar: the head nouns of bodies' names in the construct state, before the
 * noun they govern (وزارة الداخلية, مجلس النواب, مصرف ليبيا المركزي,
 * حزب التجديد الوطني).  Not حكومة, whose State is the COUNTRY ("the
 * Government of Lebanon"), nor قوات, whose security forces are mostly a
 * common noun. */
static const char *const body_heads_ar[] = {
    "اتحاد", "بعثة", "بنك", "جهاز", "حزب", "ديوان", "سلطة", "صندوق", "لجنة",
    "لواء", "مؤسسة", "مجلس", "محكمة", "مرصد", "مصرف", "مفوضية", "مكتب",
    "منظمة", "معهد", "هيئة", "وزارة", "وكالة"};

/* ar: the same heads with the article, which an adjective after them makes
 * a name (المجلس الرئاسي, المؤسسة الوطنية للنفط); alone they are a short
 * form ("the Council"), which ANNOTATION.md leaves untagged.  Not
 * السلطة, an authority as often as a body. */
static const char *const body_heads_definite_ar[] = {
    "الاتحاد", "البنك", "الجهاز", "الديوان", "الصندوق", "اللجنة",
    "المؤسسة", "المجلس", "المحكمة", "المرصد", "المصرف", "المفوضية",
    "المكتب", "المنظمة", "المعهد", "الهيئة", "الوكالة"};

/* The most words of an Arabic body's name after its head. */
#define BODY_WORDS_AR 10

/* ar: words with the article that end a body's name rather than go on
 * with it: relative pronouns and the participles that attach it to
 * another body ("... للمياه التابع لجامعة الدول العربية", "لجنة ...
 * المنشأة عملا بالقرار", "... التي"). */
static const char *const body_name_stops_ar[] = {
    "الذي", "التي", "الذين", "اللذين", "اللتين", "التابع", "التابعة",
    "المنشأ", "المنشأة", "البالغ", "البالغة",
    /* and the adjectives that point at a body rather than name it ("the
     * said committee", "the competent authority", "the next session") */
    "المذكور", "المذكورة", "اللازم", "اللازمة", "القائم", "القائمة",
    "المختص", "المختصة", "الوحيد", "الوحيدة", "المقبل", "المقبلة",
    "السابق", "السابقة", "الحالي", "الحالية", "الجديد", "الجديدة"};

/* Is the Arabic word t[i, e) one of words[0, n)? */
static bool
arabic_word_in(const pt_scan *sc, size_t i, size_t e, const char *const *words,
               size_t n)
{
    /* three letters at least; the letter after the article (or the
     * second) first, then the whole */
    if (e - i < 6)
        return false;
    size_t o = lit_at(sc, i, "ال") ? 4 : 2;
    for (size_t k = 0; k < n; k++)
        if (words[k][o] == sc->t[i + o] && words[k][o + 1] == sc->t[i + o + 1] &&
            strlen(words[k]) == e - i && memcmp(sc->t + i, words[k], e - i) == 0)
            return true;
    return false;
}

/* ar: adjectives with the article, not of relation, that follow a body's
 * head in its name (المجلس الأعلى للدولة, اللجنة الدائمة المشتركة,
 * المفوضية الوطنية العليا). */
static const char *const body_adjectives_ar[] = {
    "الأخضر", "الأعلى", "العليا", "الدائم", "الدائمة", "المشترك", "المشتركة",
    "المستقل", "المستقلة", "الخاص", "الخاصة", "العام", "العامة", "المعني",
    "المعنية", "الدولي", "الدولية"};

/* Does the Arabic word t[w, x) end as an adjective of relation does, in
 * ي or ية (الوطني, التنفيذية)? */
static bool
relation_adjective_ar(const pt_scan *sc, size_t w, size_t x)
{
    return x - w > 6 && (memcmp(sc->t + x - 2, "ي", 2) == 0 ||
                         memcmp(sc->t + x - 4, "ية", 4) == 0);
}

/* Does the word t[b, e), without its article, end a word of t[from,
 * to) ("والبلدان" after "للبلدان")? */
static bool
repeats_word_ar(const pt_scan *sc, size_t from, size_t to, size_t b, size_t e)
{
    if (e - b > 4 && lit_at(sc, b, "ال"))
        b += 4;
    size_t n = e - b;
    for (size_t k = from; k + n <= to; k++)
        if (memcmp(sc->t + k, sc->t + b, n) == 0 && (k + n == to || sc->t[k + n] == ' '))
            return true;
    return false;
}

/* ar: the heads of missions and offices, whose names end with "in" and
 * the State they are in (بعثة الأمم المتحدة للدعم في ليبيا). */
static const char *const body_heads_in_ar[] = {"بعثة", "مكتب"};

/* The ways a word goes on an Arabic body's name. */
typedef enum body_word_ar {
    BODY_WORD_NONE = 0,
    BODY_WORD_STOP,     /* a word of body_name_stops_ar: no governed noun */
    BODY_WORD_DEFINITE, /* الوطني, والري, بالمسائل */
    BODY_WORD_FOR,      /* للانتخابات, and "for" before a governed noun */
    BODY_WORD_GOVERNING, /* لإدارة, بتمويل: the next word is governed */
    BODY_WORD_STATE     /* a listed State or place: مصرف ليبيا المركزي */
} body_word_ar;

/* ar: how the word t[w, x) goes on a body's name, after the word before
 * it ("concerned" takes ب: المعنية بتغير المناخ). */
static body_word_ar
body_word_of_ar(const pt_scan *sc, size_t w, size_t x, bool concerned)
{
    static const char *const definite[] = {"ال", "وال", "بال"};
    /* "and" before another body's head begins that body (... للمياه
     * والصندوق العربي ...), and so does a listed name after it */
    if (lit_at(sc, w, "و") && x - w > 2 &&
        (script_word_in(sc, w + 2, body_heads_definite_ar,
                        COUNT(body_heads_definite_ar)) ||
         pt__listed_at(sc, w + 2, ~(1u << PT_LABEL_NONE))))
        return BODY_WORD_NONE;
    if (script_word_in(sc, w, body_name_stops_ar, COUNT(body_name_stops_ar)))
        return BODY_WORD_STOP;
    if (x - w > 4 && lit_at(sc, w, "لل"))
        return BODY_WORD_FOR;
    if (x - w > 4 && lit_in(sc, w, definite, COUNT(definite)))
        return BODY_WORD_DEFINITE;
    if (pt__listed_at(sc, w, 1u << PT_LABEL_COUNTRY | 1u << PT_LABEL_PLACE))
        return BODY_WORD_STATE;
    if (x - w > 4 && (lit_at(sc, w, "ل") || (concerned && lit_at(sc, w, "ب"))))
        return BODY_WORD_GOVERNING;
    return BODY_WORD_NONE;
}

/* ar: at a head of body_heads_ar (after one clitic or none), the body it
 * names: the head, the noun it governs, the adjectives and one phrase
 * after "for" (or "concerned with") after them, up to a word that is none
 * of these; a mission's or an office's "in" and its State at the end
 * (بعثة ... للدعم في ليبيا).  Its value is its text, Arabic having no
 * English name to give an unlisted body. */
static pt_status
body_ar_at(pt_scan *sc, size_t i, size_t *resume)
{
    if (!(sc->langs & PT_LANG_AR))
        return PT_OK;
    size_t p = i;
    if (!at_any_word_start(sc, p) && p >= 2 && arabic_clitic_at(sc, p - 2))
        p -= 2;
    if (!at_any_word_start(sc, p))
        return PT_OK;
    /* the heads with the article only where it stands, the others
     * elsewhere; the word read once, its length compared first: the rule
     * is tried at most words of an Arabic text */
    bool definite = lit_at(sc, i, "ال"), in_state = false;
    size_t e = arabic_word_end(sc, i);
    if (!arabic_word_in(sc, i, e, definite ? body_heads_definite_ar : body_heads_ar,
                        definite ? COUNT(body_heads_definite_ar) : COUNT(body_heads_ar)))
        return PT_OK;
    if (!definite)
        in_state = arabic_word_in(sc, i, e, body_heads_in_ar, COUNT(body_heads_in_ar));
    if (!lit_at(sc, e, " "))
        return PT_OK;
    size_t x = e, words = 0, last_full = 0;
    bool governed = false, for_seen = false, concerned = false, reduction = false;
    while (words < BODY_WORDS_AR && x < sc->n && sc->t[x] == ' ') {
        size_t w = x + 1, y = arabic_word_end(sc, w), n;
        uint32_t after = y < sc->n ? cp_at(sc, y, &n) : 0;
        /* a word read in whole: no mark or letter of another block of
         * the script after it */
        if (y == w || (after >= 0x600 && after <= 0x6FF && after != 0x60C &&
                       after != 0x61B && after != 0x61F))
            break;
        /* a listed body's name ends where it ends (منظمة الصحة العالمية
         * واليونيسف) */
        if (words && pt__listed_start(sc, x, 1u << PT_LABEL_ORG) == i)
            break;
        body_word_ar kind = body_word_of_ar(sc, w, y, concerned);
        /* a noun governed in its turn (لإدارة مخاطر الكوارث) */
        if (governed && kind == BODY_WORD_NONE)
            kind = BODY_WORD_GOVERNING;
        if (kind == BODY_WORD_STOP)
            kind = BODY_WORD_NONE;
        /* one phrase after "for": a second one is the sentence's purpose */
        if ((kind == BODY_WORD_FOR || (kind == BODY_WORD_GOVERNING && !governed)) &&
            for_seen)
            kind = BODY_WORD_NONE;
        /* "reduction of": للحد من مخاطر الكوارث */
        bool of_reduction = reduction && y - w == 4 && lit_at(sc, w, "من");
        if (of_reduction)
            kind = BODY_WORD_GOVERNING;
        if (kind == BODY_WORD_NONE) {
            size_t s2 = y + 1;
            if (in_state && words && y - w == 4 && lit_at(sc, w, "في") &&
                lit_at(sc, y, " ") && pt__listed_at(sc, s2, 1u << PT_LABEL_COUNTRY)) {
                x = last_full = arabic_word_end(sc, s2);
                words++;
            }
            break;
        }
        /* the first word after the article's head is an adjective (of
         * relation, ending in ي or ية, or one of body_adjectives_ar: not
         * the object of a verb before it, "ناقشت اللجنة الخطة"), after the
         * construct state's a definite noun or a State */
        if (words == 0 && !lit_at(sc, w, "ال") &&
            (definite || kind != BODY_WORD_STATE))
            return PT_OK;
        if (words == 0 && definite && !relation_adjective_ar(sc, w, y) &&
            !arabic_word_in(sc, w, y, body_adjectives_ar, COUNT(body_adjectives_ar)))
            return PT_OK;
        /* "and" before a word the name has had begins another phrase
         * ("للبلدان الأمريكية والبلدان الأيبيرية") */
        if (lit_at(sc, w, "و") && y - w > 2 && repeats_word_ar(sc, e, x, w + 2, y))
            break;
        for_seen |= kind == BODY_WORD_FOR ||
                    (kind == BODY_WORD_GOVERNING && !governed && !of_reduction);
        governed = kind == BODY_WORD_GOVERNING;
        concerned = script_word_at(sc, w, "المعنية") || script_word_at(sc, w, "المعني");
        reduction = y - w >= 6 && memcmp(sc->t + y - 6, "لحد", 6) == 0;
        x = y;
        words++;
        if (!governed)
            last_full = x; /* a name does not end on a governing noun */
        if (y < sc->n && sc->t[y] != ' ')
            break; /* punctuation ends the name */
    }
    /* a head before a listed body's whole name qualifies that body
     * (هيئة الأمم المتحدة, the United Nations; مكتب الأمم المتحدة) */
    if (!last_full || pt__listed_start(sc, last_full, 1u << PT_LABEL_ORG) == e + 1)
        return PT_OK;
    /* the article's head with one adjective is a body of a kind as often
     * as a body's name ("the administrative court", "the national
     * committee"): two words after it or more */
    if (definite && memchr(sc->t + e + 1, ' ', last_full - e - 1) == NULL)
        return PT_OK;
    *resume = last_full;
    return pt__emit(sc, i, last_full, PT_LABEL_ORG, PT_REC_SHAPE, "%.*s",
                    (int)(last_full - i), sc->t + i);
}

/* At a kind of place: the unlisted place it names, as the text's
 * language writes the two. */
static pt_status
place_of_a_kind_at(pt_scan *sc, size_t i, size_t *resume)
{
    (void)resume;
    if (sc->langs & PT_LANG_EN)
        return place_of_a_kind_en(sc, i);
    if (sc->langs & (PT_LANG_FR | PT_LANG_ES))
        return place_of_a_kind_fr_es(sc, i);
    if (sc->langs & PT_LANG_RU)
        return place_of_a_kind_ru(sc, i);
    if (sc->langs & PT_LANG_AR)
        return place_of_a_kind_ar(sc, i);
    if (sc->langs & PT_LANG_ZH)
        return place_of_a_kind_zh(sc, i);
    return PT_OK;
}

/* A listed meeting's name that ends at h after an ordinal ("the tenth
 * Lake Union Summit"): one EVENT, ordinal included (ANNOTATION.md), with
 * the ordinal in lower case before the listed name's value, as French,
 * Spanish and Russian value it ("la dixième ...", ordinals.c) and as an
 * unlisted meeting keeps its ordinal. */
static pt_status
ordinal_and_listed_meeting(pt_scan *sc, size_t h)
{
    const pt_cand *c = sc->cands.items;
    size_t k = pt__first_name_from(sc, h);
    /* names begin at most a few dozen bytes before a head they hold */
    while (k-- > 0 && h - c[k].start < 256) {
        if (c[k].end != h || c[k].label != PT_LABEL_EVENT)
            continue;
        size_t s = c[k].start, w = ordinal_before(sc, s);
        char value[256];
        size_t on = s - w, n = c[k].value_len; /* the ordinal and its space */
        if (w == s || on + n >= sizeof value)
            return PT_OK;
        for (size_t i = 0; i < on; i++)
            value[i] = (char)(sc->t[w + i] >= 'A' && sc->t[w + i] <= 'Z'
                                  ? sc->t[w + i] | 0x20
                                  : sc->t[w + i]);
        /* adding may move the listed value */
        memcpy(value + on, sc->vals.ptr + c[k].value_off, n);
        return pt__cand_add(sc, w, h, PT_LABEL_EVENT, PT_REC_SHAPE, value, on + n);
    }
    return PT_OK;
}

/* A subdivision's name, a listed place's and its head ("Upper Nile
 * State"): the span t[b, e), the value the place's, as other languages
 * name it by the place alone ("l'État du Haut-Nil"). */
static pt_status
subdivision_at(pt_scan *sc, size_t b, size_t place_end, size_t e)
{
    const pt_cand *c = sc->cands.items;
    for (size_t k = pt__first_name_from(sc, place_end); k-- > 0 &&
                                                         place_end - c[k].start < 256;)
        if (c[k].end == place_end && c[k].start >= b && c[k].label == PT_LABEL_PLACE) {
            return pt__cand_add_value_of(sc, b, e, PT_LABEL_PLACE, PT_REC_SHAPE, k);
        }
    return emit_name(sc, b, e, PT_LABEL_PLACE);
}

/* The words that open the subject of a law's or a decree's title ("Law
 * on the Protection of Witnesses", "Comprehensive Law against Violence
 * towards Women", "Law for the Prevention of Displacement"). */
static const char *const subject_words_en[] = {" against ", " for ", " on "};

/* en: the words before "Law" that make it a branch of law, in the order
 * of their letters ("Case Law on UNCITRAL Texts", "International Law on
 * ..."). */
static const char *const branches_of_law_en[] = {
    "Administrative", "Case", "Civil", "Commercial", "Constitutional",
    "Criminal", "Customary", "Environmental", "Humanitarian", "International",
    "Private", "Public", "Refugee", "Rights", "Trade"};

/* Does a head that names an instrument only with its number ("Law No.
 * 12") have a title of two capitalised words or more after such a word
 * instead?  Branches of law ("International Law", "Case Law") have
 * none. */
static bool
titled_by_subject(const pt_scan *sc, size_t i, size_t h, const name_head *head)
{
    size_t words = 0;
    if (i >= 2 && sc->t[i - 1] == ' ' &&
        WORD_IS(sc, word_before(sc, i - 1), i - 1, branches_of_law_en))
        return false;
    return lit_in(sc, h, subject_words_en, COUNT(subject_words_en)) &&
           complement_end(sc, h, head, &words) > h && words >= 2;
}

/* Is the complement t[h, e) "of" and a listed State, "the" before it or
 * not ("of Ethiopia", "of the Sudan")? */
static bool
state_complement_ends(const pt_scan *sc, size_t h, size_t e)
{
    if (!lit_at(sc, h, " of "))
        return false;
    size_t s = pt__listed_start(sc, e, 1u << PT_LABEL_COUNTRY);
    return s == h + 4 || (s == h + 8 && lit_at(sc, h + 4, "the "));
}

/* At a head noun: the name it ends, with its complement.  At a language
 * after "in": a span no name may claim.  At "(": a name its acronym
 * spells. */
static pt_status
name_at(pt_scan *sc, size_t i, size_t *resume)
{
    size_t n;
    if (sc->t[i] == '(') {
        if (!(sc->langs & PT_LANG_EN))
            return foreign_acronym_name_at(sc, i);
        pt_status st = publication_place_at(sc, i);
        if (st == PT_OK)
            st = acronym_name_at(sc, i);
        return st == PT_OK ? foreign_acronym_name_at(sc, i) : st;
    }
    if (!pt__is_upper(cp_at(sc, i, &n)))
        return PT_OK;
    size_t h = word_end(sc, i);
    if (WORD_IS(sc, i, h, languages_en) && (sc->langs & PT_LANG_EN) &&
        i >= 3 && sc->t[i - 1] == ' ' &&
        WORD_IS(sc, word_before(sc, i - 1), i - 1, in_en))
        return pt__cand_add(sc, word_before(sc, i - 1), h, PT_LABEL_NONE,
                            PT_REC_SHAPE, NULL, 0);
    if (WORD_IS(sc, i, h, state_forms_en) && (sc->langs & PT_LANG_EN))
        return state_name_at(sc, i, h, resume);
    if (sc->langs & PT_LANG_RU) {
        size_t x = i; /* a Russian word: word_end reads Latin ones */
        while (x < sc->n && is_word_char(cp_at(sc, x, &n)))
            x += n;
        if (WORD_IS(sc, i, x, state_forms_ru))
            return formal_state_name_ru(sc, i, x, resume);
    }
    const name_head *head = head_of(sc, i, h);
    if (head == NULL)
        return PT_OK;
    if (head->flags & HEAD_GIVEN && h + 1 < sc->n && sc->t[h] == ' ' &&
        pt__is_upper(cp_at(sc, h + 1, &n)))
        return PT_OK;
    if (head->flags & HEAD_DATED &&
        !(h + 1 < sc->n && sc->t[h] == ' ' && pt__year_at(sc, h + 1)))
        return PT_OK;
    size_t words = 1;
    size_t b = modifiers_start(sc, i, &words);
    b = for_compound_start(sc, b, i, &words);
    if ((sc->langs & PT_LANG_EN) && names_a_state_not_a_body(sc, b, i, h))
        return PT_OK;
    size_t established = established_by_resolution_end(sc, h);
    if (established > h && head->label == ORG_) {
        *resume = established;
        return emit_name(sc, b, established, PT_LABEL_ORG);
    }
    size_t numbered = head->label == INS_ ? designation_end(sc, h) : h;
    if (numbered == h && head->flags & HEAD_NUMBERED &&
        !titled_by_subject(sc, i, h, head))
        return PT_OK;
    words += numbered > h;
    size_t before = words;
    /* a number identifies an instrument: what follows it describes it,
     * but for a title of two words or more after "on" ("Law No. 904/81
     * on the Statute of Indigenous Communities"; "Decree No. 215/2003 on
     * Anti-discrimination" names its subject) */
    size_t e = numbered > h ? numbered : complement_end(sc, h, head, &words);
    if (numbered > h && lit_at(sc, numbered, " on ")) {
        size_t titled = words, t = complement_end(sc, numbered, head, &titled);
        if (t > numbered + 4 && titled >= words + 2) {
            e = t;
            words = titled;
        }
    }
    if (head->label == INS_)
        e = convention_year_and_number_end(sc, e);
    if (e > h && numbered <= h) {
        size_t x = end_across_listed(sc, h, e, (pt_label)head->label);
        /* the name goes on after a listed name it takes in whole ("Forum
         * of the Countries of Latin America and the Caribbean on ...") */
        e = x > e ? end_after_listed(sc, x, head, &words) : x;
    }
    if (e == h && head->label == ORG_)
        e = body_code_end(sc, h);
    if (e == h && modifies_a_later_word(sc, h))
        return PT_OK;
    if (head->label == INS_ && e > h && numbered <= h &&
        !pt__listed_at(sc, b, 1u << PT_LABEL_INSTRUMENT))
        e = instrument_tail_end(sc, e);
    if (head->flags & HEAD_STATE_OUT)
        without_state(sc, h, &b, &e);
    if (e == h && head->label == EVT_) {
        pt_status st = ordinal_and_listed_meeting(sc, h);
        if (st != PT_OK)
            return st;
    }
    /* a place's kind leaves the State it lies in outside: "the Gambela
     * Region of Ethiopia" names the region, then the State */
    if (head->label == PLC_ && e > h && state_complement_ends(sc, h, e)) {
        e = h;
        words = before;
    }
    /* an adjective of nationality names no place ("the Sudanese Region"),
     * a place's name that ends as one does ("the Mediterranean Sea") */
    if (head->label == PLC_ && b + 1 < i && ends_as_an_adjective(sc->t + b, i - 1 - b) &&
        pt__listed_start(sc, i - 1, 1u << PT_LABEL_PLACE) == i - 1)
        return PT_OK;
    if ((e == h && listed_name_ends_at(sc, b, h)) ||
        (head->flags & HEAD_BARE &&
         (e > h || !(listed_name_ends_at(sc, b, i - 1) ||
                     (head->flags & HEAD_SHAPE && b + 1 < i &&
                      place_name_end(sc, b) == h &&
                      has_a_place_name_shape(sc, b, i - 1))))) ||
        (head->flags & HEAD_SUBDIVISION &&
         pt__listed_start(sc, i - 1, 1u << PT_LABEL_COUNTRY) < i - 1))
        return PT_OK;
    /* a body's head alone before "to" and where it goes names no body:
     * "the visit of the Council to the Lake Republic" */
    if (words < 2 || (before == 1 && head->label == ORG_ && lit_at(sc, h, " to ")))
        return PT_OK;
    if (words == before + 1 &&
        (WORD_IS(sc, word_before(sc, e), e, generic_complements_en) ||
         (before == 1 &&
          WORD_IS(sc, word_before(sc, e), e, capitalised_references_en))))
        return PT_OK;
    if (before == 2 && words == 2 &&
        WORD_IS(sc, b, word_end(sc, b), generic_modifiers_en))
        return PT_OK;
    /* a State party (to a treaty) is a State's role, no body's name: "the
     * State Party of the European Convention" */
    if (before == 2 && word_at(sc, b, "State") == i - 1 &&
        compare_folded(sc->t + i, h - i, "party") == 0)
        return PT_OK;
    *resume = e;
    if (head->label == EVT_)
        b = ordinal_before(sc, b);
    if (head->flags & HEAD_SUBDIVISION)
        return subdivision_at(sc, b, i - 1, e);
    return emit_name(sc, b, e, name_label(sc, b, i, h, head));
}

/* The start of a listed place or State that ends at e, or e. */
static size_t
place_ends_at(const pt_scan *sc, size_t e)
{
    return pt__listed_start(sc, e, 1u << PT_LABEL_COUNTRY | 1u << PT_LABEL_PLACE);
}

/* The start of the longest listed place or State that ends at e, or e:
 * 尼科西亚, not the 西亚 (West Asia) it ends with. */
static size_t
longest_place_ends_at(const pt_scan *sc, size_t e)
{
    const pt_cand *c = sc->cands.items;
    size_t b = e;
    for (size_t k = pt__first_name_from(sc, e); k-- > 0 && e - c[k].start < 256;)
        if (c[k].end == e && (c[k].label == PT_LABEL_COUNTRY ||
                              c[k].label == PT_LABEL_PLACE))
            b = c[k].start;
    return b;
}

/* The start of the Chinese name of a body whose last word is t[i, e):
 * the start of a listed place or State that ends at most MAX_GAP_ZH Han
 * characters before i, with no function word between; or i. */
static size_t
org_stem_zh(const pt_scan *sc, size_t i, size_t e)
{
    size_t gap = i, chars = 0, n;
    bool party = e - i == 3; /* 党 alone: a word before it (进步党, not 政党) */
    for (;;) {
        size_t b = party && chars == 0 ? gap : longest_place_ends_at(sc, gap);
        if (b < gap)
            return b;
        if (gap == 0 || chars == MAX_GAP_ZH)
            return i;
        size_t p = pt__prev(sc->t, gap);
        uint32_t ch = pt__decode(sc->t, sc->n, p, &n);
        if (!pt__is_han(ch) || pt__char_in_set(gap_stops_zh, ch) ||
            (party && chars == 0 && ch == 0x653F /* 政 */))
            return i;
        gap = p;
        chars++;
    }
}

/* The resolution recognised that ends at r, or NULL. */
static const pt_cand *
resolution_ending_at(const pt_scan *sc, size_t r)
{
    const pt_cand *c = sc->cands.items;
    for (size_t k = sc->cands.n; k-- > sc->names && c[k].start + 512 >= r;)
        if (c[k].label == PT_LABEL_RESOLUTION && c[k].end == r)
            return &c[k];
    return NULL;
}

/* The start of the Chinese name of a committee that a resolution ending
 * at r set up (r before 所设委员会): the resolution, and before it the
 * listed body that adopted it and the matter it concerns
 * ("安全理事会关于湖国的第1234(2005)号决议所设委员会"); or r. */
static size_t
committee_by_resolution_start_zh(const pt_scan *sc, size_t r)
{
    static const char of[] = "的", about[] = "关于";
    const pt_cand *res = resolution_ending_at(sc, r);
    if (res == NULL)
        return r;
    size_t rs = res->start;
    size_t body = pt__listed_start(sc, rs, 1u << PT_LABEL_ORG);
    if (body < rs)
        return body; /* 安全理事会第1234(2005)号决议所设委员会 */
    if (rs < 3 || memcmp(sc->t + rs - 3, of, 3) != 0)
        return rs;
    /* 关于 and the matter, a few dozen characters at most, no punctuation */
    for (size_t q = rs - 3, chars = 0; q >= 6 && chars < 30; chars++) {
        size_t n, p = pt__prev(sc->t, q);
        if (!pt__is_han(pt__decode(sc->t, sc->n, p, &n)))
            break;
        q = p;
        if (q >= 6 && memcmp(sc->t + q - 6, about, 6) == 0) {
            body = pt__listed_start(sc, q - 6, 1u << PT_LABEL_ORG);
            return body < q - 6 ? body : rs;
        }
    }
    return rs;
}

/* The committee t[b, e) that the resolution ending at r set up, valued
 * as English names it: the listed body that adopted the resolution, if
 * it begins at b, and "Committee established pursuant to resolution" and
 * the resolution's number ("Security Council Committee established
 * pursuant to resolution 1234 (2005)"). */
static pt_status
committee_by_resolution_zh(pt_scan *sc, size_t b, size_t r, size_t e)
{
    static const char established[] = "Committee established pursuant to resolution ";
    const pt_cand *c = sc->cands.items, *res = resolution_ending_at(sc, r), *body = NULL;
    for (size_t k = pt__first_name_from(sc, b); k < sc->names && c[k].start == b; k++)
        if (c[k].label == PT_LABEL_ORG && c[k].end <= r &&
            (body == NULL || c[k].end > body->end))
            body = &c[k];
    size_t body_len = body ? body->value_len + 1 : 0;
    if (res == NULL ||
        body_len + sizeof established - 1 + res->value_len > PT_MAX_VALUE)
        return emit_name(sc, b, e, PT_LABEL_ORG);
    const char *vals = sc->vals.ptr;
    return pt__emit(sc, b, e, PT_LABEL_ORG, PT_REC_SHAPE, "%.*s%s%s%.*s",
                    body ? (int)body->value_len : 0,
                    body ? vals + body->value_off : "", body ? " " : "",
                    established, (int)res->value_len, vals + res->value_off);
}

/* zh: last words of bodies' names that, right after a State's name, are
 * the State's common nouns instead (英国大学 British universities,
 * 乌兹别克斯坦银行 Uzbek banks, 美国公司 American companies, 法国法院
 * French courts); a legislature or an academy so named is one (阿根廷国会,
 * 墨西哥科学院). */
static const char *const common_after_state_zh[] = {"大学", "学院", "银行",
                                                    "公司", "法院", "中心"};

/* Is t[b, e) a listed State's name right before the word t[i, e) of
 * common_after_state_zh? */
static bool
common_noun_of_state_zh(const pt_scan *sc, size_t b, size_t i, size_t e)
{
    return pt__listed_start(sc, i, 1u << PT_LABEL_COUNTRY) == b &&
           lit_in(sc, i, common_after_state_zh, COUNT(common_after_state_zh)) == e;
}

/* The length of the first of words[0, n) that ends at t[e], or 0. */
static size_t
word_ending_at(const pt_scan *sc, size_t e, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t m = strlen(words[k]);
        if (e >= m && memcmp(sc->t + e - m, words[k], m) == 0)
            return m;
    }
    return 0;
}

/* The start of a party's name whose 党 begins at i: the words of
 * party_words_zh back from it (民主进步党), or i. */
static size_t
party_start_zh(const pt_scan *sc, size_t i)
{
    size_t b = i, m;
    for (size_t words = 0; words < MAX_NAME_WORDS &&
                           (m = word_ending_at(sc, b, party_words_zh, COUNT(party_words_zh)));
         words++)
        b -= m;
    return b;
}

/* The start of a name in Latin letters right before t[i] (a space
 * between allowed) that begins with a capital: a company's or a bank's
 * own name before the Chinese word for its kind (Gamma公司, BP公司); or i. */
static size_t
latin_stem_zh(const pt_scan *sc, size_t i)
{
    const char *t = sc->t;
    size_t b = i > 0 && t[i - 1] == ' ' ? i - 1 : i, end = b;
    while (b > 0 && end - b < 64 &&
           (pt__is_latin_letter((unsigned char)t[b - 1]) || is_digit_at(sc, b - 1) ||
            t[b - 1] == '&' || t[b - 1] == '-' || t[b - 1] == '.' ||
            (t[b - 1] == ' ' && b >= 2 && t[b - 2] != ' ')))
        b--;
    while (b < end && !pt__is_latin_letter((unsigned char)t[b]))
        b++;
    return b < end && pt__is_upper((unsigned char)t[b]) ? b : i;
}

/* Is the word t[i, e) of org_ends_zh the end or the start of a word of
 * not_bodies_zh? */
static bool
in_common_noun_zh(const pt_scan *sc, size_t i, size_t e)
{
    return word_ending_at(sc, e, not_bodies_zh, COUNT(not_bodies_zh)) ||
           lit_in(sc, i, not_bodies_zh, COUNT(not_bodies_zh));
}

/* The start of a council's or a committee's name whose last word begins
 * at i and a word of standing_words_zh begins (过渡总统委员会), or i. */
static size_t
standing_body_start_zh(const pt_scan *sc, size_t i)
{
    if (!lit_in(sc, i, standing_bodies_zh, COUNT(standing_bodies_zh)))
        return i;
    size_t q = i, n, m;
    for (size_t chars = 0; q > 0 && chars < MAX_SUBJECT_ZH; chars++) {
        size_t p = pt__prev(sc->t, q);
        uint32_t c = pt__decode(sc->t, sc->n, p, &n);
        if (!pt__is_han(c) || pt__char_in_set(gap_stops_zh, c))
            return i;
        q = p;
        if (chars + 1 >= MIN_SUBJECT_ZH &&
            (m = word_ending_at(sc, q, standing_words_zh, COUNT(standing_words_zh))))
            return q - m;
    }
    return i;
}

/* At the last word of a body's Chinese name: the name from the place
 * before it (乍得湖流域委员会), from the resolution that set it up, or
 * a party's from the words it is named with (民主进步党); its value is
 * the name. */
static pt_status
org_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    static const char set_up[] = "所设委员会";
    size_t e = lit_in(sc, i, org_ends_zh, COUNT(org_ends_zh));
    if (!e)
        return PT_OK;
    *resume = e;
    size_t n;
    if (i > 0 && lit_at(sc, i, "中心") &&
        pt__char_in_set(town_centre_zh,
                pt__decode(sc->t, sc->n, pt__prev(sc->t, i), &n)))
        return PT_OK;
    size_t r = i >= 6 && lit_at(sc, i - 6, set_up) ? i - 6 : i;
    if (r < i) {
        size_t b = committee_by_resolution_start_zh(sc, r);
        if (b < r)
            return committee_by_resolution_zh(sc, b, r, e);
    }
    /* a listed body's name after "national" is a State's own body of that
     * kind (国家儿童权利委员会, not the treaty body), with its State where
     * one comes first (孟加拉国国家人权委员会) */
    size_t listed = pt__listed_start(sc, e, 1u << PT_LABEL_ORG), state;
    if (listed < e && listed >= 6 && (memcmp(sc->t + listed - 6, "国家", 6) == 0 ||
                                      memcmp(sc->t + listed - 6, "全国", 6) == 0)) {
        size_t b = listed - 6;
        if ((state = pt__listed_start(sc, b, 1u << PT_LABEL_COUNTRY)) < b)
            b = state;
        return emit_name(sc, b, e, PT_LABEL_ORG);
    }
    /* a listed name that ends with the last word and begins before it is
     * the body (约旦出席安全理事会: a verb, then the Security Council) */
    if (i > 0 && listed_name_ends_at(sc, i - 1, e))
        return PT_OK;
    if (in_common_noun_zh(sc, i, e))
        return PT_OK;
    size_t b = org_stem_zh(sc, i, e);
    if (b < i && common_noun_of_state_zh(sc, b, i, e))
        return PT_OK;
    if (b == i && lit_at(sc, i, "党"))
        b = party_start_zh(sc, i);
    if (b == i)
        b = standing_body_start_zh(sc, i);
    if (b == i)
        b = latin_stem_zh(sc, i);
    return b < i ? emit_name(sc, b, e, PT_LABEL_ORG) : PT_OK;
}

/* At 部 after a State's name and two to eight characters that no function
 * word nor a listed body's name breaks: the ministry with its State
 * (英国国防部); after a list's comma, one named by its field alone
 * (、社会福利部); not a listed body that ends there (外交部). */
static pt_status
ministry_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    size_t n, e = i + sizeof "部" - 1, q = i;
    *resume = e;
    if (i == 0 ||
        pt__char_in_set(part_before_zh, pt__decode(sc->t, sc->n, pt__prev(sc->t, i), &n)) ||
        (e < sc->n && pt__char_in_set(part_after_zh, cp_at(sc, e, &n))) ||
        pt__listed_start(sc, e, 1u << PT_LABEL_ORG) < e)
        return PT_OK;
    size_t state;
    for (size_t chars = 0; q > 0 && chars < MAX_GAP_ZH; chars++) {
        if (chars >= 2 && (state = pt__listed_start(sc, q, 1u << PT_LABEL_COUNTRY)) < q)
            return emit_name(sc, state, e, PT_LABEL_ORG);
        if (q < i && pt__listed_start(sc, q, 1u << PT_LABEL_ORG) < q)
            return PT_OK; /* a body's department (朝鲜人民军总参谋部) */
        size_t p = pt__prev(sc->t, q);
        uint32_t c = pt__decode(sc->t, sc->n, p, &n);
        if (!pt__is_han(c))
            break;
        if (pt__char_in_set(gap_stops_zh, c))
            return PT_OK; /* "和儿童事务部": where the name begins, unsure */
        q = p;
    }
    /* no State: a field of two characters or more after a list's comma
     * (、社会福利部); after other punctuation a word of the sentence may
     * come first (，但国防部, ，按国际发展部) */
    uint32_t before = q > 0 ? pt__decode(sc->t, sc->n, pt__prev(sc->t, q), &n) : 0;
    if (i - q >= 6 && q > 0 && pt__char_in_set(list_punctuation_zh, before))
        return emit_name(sc, q, e, PT_LABEL_ORG);
    return PT_OK;
}

/* en: heads that reports write in lower case after a body's acronym
 * ("the UNCTAD secretariat"): with it, one ORG. */
static const char *const lower_heads_en[] = {"secretariat"};

/* At a head of lower_heads_en: the acronym of a listed body before it
 * and the head are one ORG, "Secretariat of" the body's name. */
static pt_status
secretariat_at(pt_scan *sc, size_t i, size_t *resume)
{
    size_t e = word_at(sc, i, lower_heads_en[0]);
    *resume = e ? e : i + 1;
    if (!e || i < 3 || sc->t[i - 1] != ' ' || !(sc->langs & PT_LANG_EN))
        return PT_OK;
    size_t b = word_before(sc, i - 1);
    for (size_t k = b; k < i - 1; k++)
        if (!(sc->t[k] >= 'A' && sc->t[k] <= 'Z'))
            return PT_OK; /* an acronym: capitals only */
    const pt_cand *c = sc->cands.items;
    size_t lo = pt__first_name_from(sc, b);
    for (size_t k = lo; k < sc->names && c[k].start == b && i - 1 - b >= 2; k++)
        if (c[k].end == i - 1 && c[k].label == PT_LABEL_ORG) {
            char value[256];
            static const char of[] = "Secretariat of the ";
            if (c[k].value_len + sizeof of > sizeof value)
                return PT_OK;
            memcpy(value, of, sizeof of - 1);
            memcpy(value + sizeof of - 1, sc->vals.ptr + c[k].value_off,
                   c[k].value_len);
            return pt__cand_add(sc, b, e, PT_LABEL_ORG, PT_REC_SHAPE, value,
                                sizeof of - 1 + c[k].value_len);
        }
    return PT_OK;
}

/* en, zh: the plans that a place and a year name, the year before the
 * word for the plan ("the Europe 2020 strategy", 欧洲2020战略; English
 * writes it in lower case), or after "Vision" ("Vision 2030"). */
static const char *const year_plans[] = {"strategy", "vision", "战略", "愿景"};

/* "Vision" and a year that end at e, a State's plan ("Vision 2030"),
 * with the listed State or place before it ("Lakeland Vision 2040"): one
 * INSTRUMENT. */
static pt_status
vision_at(pt_scan *sc, size_t i, size_t e, size_t *resume)
{
    size_t n, b = i;
    if (e < sc->n && is_alnum(cp_at(sc, e, &n)))
        return PT_OK; /* 20301 */
    if (i >= 2 && sc->t[i - 1] == ' ' && place_ends_at(sc, i - 1) < i - 1)
        b = place_ends_at(sc, i - 1);
    *resume = e;
    return emit_name(sc, b, e, PT_LABEL_INSTRUMENT);
}

/* The end of a word of year_plans at t[i], in English capitalised too
 * ("the Lakeland 2030 Strategy"), or 0 ("strategies"). */
static size_t
year_plan_word_end(const pt_scan *sc, size_t i)
{
    size_t n, e = lit_in(sc, i, year_plans, COUNT(year_plans));
    if (!e && (sc->langs & PT_LANG_EN) && sc->t[i] >= 'A' && sc->t[i] <= 'Z') {
        size_t w = word_end(sc, i);
        for (size_t k = 0; k < COUNT(year_plans) && !e; k++)
            if (compare_folded(sc->t + i, w - i, year_plans[k]) == 0)
                e = w;
    }
    if (e && (unsigned char)sc->t[i] < 0x80 && e < sc->n &&
        is_alnum(cp_at(sc, e, &n)))
        return 0;
    return e;
}

/* The length of a closing quotation mark that ends at e, or 0. */
static size_t
closing_quote_before(const pt_scan *sc, size_t e)
{
    static const char curly[] = "\xE2\x80\x9D";
    if (e >= 1 && sc->t[e - 1] == '"')
        return 1;
    size_t m = sizeof curly - 1;
    return e >= m && memcmp(sc->t + e - m, curly, m) == 0 ? m : 0;
}

/* At a word of year_plans: before it a year and before that a listed
 * place or State, or (in English) a capitalised word of a name; the
 * three, one INSTRUMENT whose value is the name as written.  A name and
 * year in quotes before the word ("the \"Lakeland 2040\" vision") are the
 * name, the quotes and the word outside.  A year after a name's acronym
 * is part of the plan's name ("the Lake Survey (LS) 2030 strategy"): no
 * date. */
static pt_status
year_plan_at(pt_scan *sc, size_t i, size_t *resume)
{
    static const char vision[] = "Vision ";
    if (lit_at(sc, i, vision) && pt__year_at(sc, i + sizeof vision - 1))
        return vision_at(sc, i, i + sizeof vision - 1 + 4, resume);
    size_t e = year_plan_word_end(sc, i);
    if (!e)
        return PT_OK;
    *resume = e;
    size_t y = i;
    if (y > 0 && sc->t[y - 1] == ' ')
        y--;
    size_t quote = closing_quote_before(sc, y);
    y -= quote;
    if (y < 4 || !pt__year_at(sc, y - 4) || (y > 4 && is_digit_at(sc, y - 5)))
        return PT_OK;
    size_t before = y - 4;
    if (before > 0 && sc->t[before - 1] == ' ')
        before--;
    size_t b = place_ends_at(sc, before);
    if (b == before && (sc->langs & PT_LANG_EN) && before >= 2) {
        size_t w = word_before(sc, before);
        if (w < before && name_word_at(sc, w) == before && !is_digit_at(sc, w))
            b = w;
    }
    if (b == before)
        return !quote && acronym_before(sc, before) < before
                   ? pt__cand_add(sc, y - 4, e, PT_LABEL_NONE, PT_REC_SHAPE,
                                  NULL, 0)
                   : PT_OK;
    return emit_name(sc, b, quote ? y : e, PT_LABEL_INSTRUMENT);
}

/* zh: the last words of a numbered meeting's name (第三届全球道路安全部长级
 * 会议, 第二十九届缔约方大会, 第九届联合国全球道路安全周). */
static const char *const meeting_ends_zh[] = {"会议", "大会", "峰会", "论坛", "周"};

/* zh: characters that end the words between 届 and a meeting's last word:
 * particles and verbs ("第三届会议的报告", "第三届会议将于"). */
static const char meeting_stops_zh[] = "的在是了将于已并及和与";

/* The most characters a numbered meeting's name has between 届 and its
 * last word. */
#define MEETING_NAME_ZH 20

/* zh: at 第, a numbered meeting: 第 N 届, a name of two characters or
 * more, a last word of meeting_ends_zh; not a session, whose last word
 * comes right after 届 (第八十届会议, ANNOTATION.md leaves sessions out),
 * nor a special session (第十届紧急特别会议). */
static pt_status
meeting_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    size_t k = skip_sp(sc, i + 3), n;
    int64_t v;
    size_t d = k;
    while (is_digit_at(sc, d))
        d++;
    if (d == k)
        d = pt__read_cjk_number(sc, k, &v);
    d = skip_sp(sc, d);
    if (d == k || !lit_at(sc, d, "届"))
        return PT_OK;
    size_t b = d + 3, p = b;
    for (size_t chars = 0; chars < MEETING_NAME_ZH && p < sc->n; chars++) {
        size_t e = lit_in(sc, p, meeting_ends_zh, COUNT(meeting_ends_zh));
        /* a session (第八十届会议), a special one (第十届紧急特别会议) */
        if (e && (chars < 2 || (p >= b + 6 && lit_at(sc, p - 6, "特别"))))
            return PT_OK;
        if (e) {
            *resume = e;
            return emit_name(sc, i, e, PT_LABEL_EVENT);
        }
        uint32_t c = pt__decode(sc->t, sc->n, p, &n);
        if (!pt__is_han(c) || pt__char_in_set(meeting_stops_zh, c))
            return PT_OK;
        p += n;
    }
    return PT_OK;
}

/* At 《: a title that names an instrument; its value is the title.  At
 * 第, a numbered meeting.  At the other words of this rule: the Chinese
 * name of a body, a head in lower case, a plan named by a place and a
 * year, or a State's ministry. */
static pt_status
title_zh_at(pt_scan *sc, size_t i, size_t *resume)
{
    static const char open[] = "《", close[] = "》";
    if (lit_at(sc, i, "第"))
        return meeting_zh_at(sc, i, resume);
    if (sc->t[i] == 'V' || year_plan_word_end(sc, i))
        return year_plan_at(sc, i, resume);
    if (sc->t[i] == lower_heads_en[0][0])
        return secretariat_at(sc, i, resume);
    if (lit_at(sc, i, ministry_ends_zh[0]))
        return ministry_zh_at(sc, i, resume);
    if (!lit_at(sc, i, open))
        return org_zh_at(sc, i, resume);
    size_t b = i + sizeof open - 1, e = b;
    /* a title is one line of at most a few dozen characters */
    while (e < sc->n && e - b < 120 && sc->t[e] != '\n' &&
           !lit_at(sc, e, close) && !lit_at(sc, e, open))
        e++;
    if (e == b || !lit_at(sc, e, close))
        return PT_OK;
    *resume = e;
    for (size_t k = 0; k < COUNT(instrument_ends_zh); k++) {
        size_t m = strlen(instrument_ends_zh[k]);
        if (e - b > m && memcmp(sc->t + e - m, instrument_ends_zh[k], m) == 0)
            return emit_name(sc, b, e, PT_LABEL_INSTRUMENT);
    }
    return PT_OK;
}

/* ---- where the recognisers begin --------------------------------------- */

/* ru: the nouns of acts and plans whose title Russian quotes after them
 * ("Закон «О ...»", "программы «Здоровый человек»"), as stems. */
static const struct {
    const char *stem;
    const char *const *endings;
    size_t count;
} quoted_acts_ru[] = {
    {"закон", masculine_ru, COUNT(masculine_ru)},
    {"Закон", masculine_ru, COUNT(masculine_ru)},
    {"кодекс", masculine_ru, COUNT(masculine_ru)},
    {"Кодекс", masculine_ru, COUNT(masculine_ru)},
    {"указ", masculine_ru, COUNT(masculine_ru)},
    {"Указ", masculine_ru, COUNT(masculine_ru)},
    {"план", masculine_ru, COUNT(masculine_ru)},
    {"План", masculine_ru, COUNT(masculine_ru)},
    {"программ", feminine_a_ru, COUNT(feminine_a_ru)},
    {"Программ", feminine_a_ru, COUNT(feminine_a_ru)},
    {"стратеги", feminine_ia_ru, COUNT(feminine_ia_ru)},
    {"Стратеги", feminine_ia_ru, COUNT(feminine_ia_ru)},
    {"концепци", feminine_ia_ru, COUNT(feminine_ia_ru)},
    {"Концепци", feminine_ia_ru, COUNT(feminine_ia_ru)},
    {"постановлени", neuter_ie_ru, COUNT(neuter_ie_ru)},
    {"Постановлени", neuter_ie_ru, COUNT(neuter_ie_ru)}};

/* The longest title in guillemets read, in bytes. */
#define QUOTED_TITLE_MAX 400

/* ru: at "«", a title in guillemets that names an act: one that opens
 * with "О" or "Об" ("about": «О противодействии торговле людьми»), or any
 * after the noun of an act or plan (закона «...», программы «...»).  The
 * title inside the guillemets is the INSTRUMENT, as the act is cited by
 * it. */
static pt_status
quoted_title_ru(pt_scan *sc, size_t i, size_t *resume)
{
    (void)resume;
    size_t b = i + 2, e = b; /* « is two bytes */
    if (!(sc->langs & PT_LANG_RU) || b >= sc->n)
        return PT_OK;
    while (e < sc->n && e - b < QUOTED_TITLE_MAX && !lit_at(sc, e, "\u00BB") &&
           !lit_at(sc, e, "\u00AB") && sc->t[e] != '\n')
        e++;
    if (!lit_at(sc, e, "\u00BB") || e == b)
        return PT_OK;
    /* "О" and a word of four letters or more ("о противодействии"), not
     * quoted speech ("«О да, конечно»") */
    size_t o = lit_at(sc, b, "О ") ? b + 3 : lit_at(sc, b, "Об ") ? b + 5
             : lit_at(sc, b, "Обо ") ? b + 7 : 0;
    bool about = o && cyrillic_word_end(sc, o) >= o + 8;
    bool after_act = false;
    if (!about && i >= 2 && sc->t[i - 1] == ' ') {
        size_t w = i - 1;
        while (w > 0 && sc->t[w - 1] != ' ')
            w--;
        /* the noun in one of its case forms (закона, программы), not a
         * word it begins (указанной, законных) */
        for (size_t k = 0; k < COUNT(quoted_acts_ru) && !after_act; k++) {
            size_t sl = strlen(quoted_acts_ru[k].stem);
            if (!lit_at(sc, w, quoted_acts_ru[k].stem))
                continue;
            for (size_t q = 0; q < quoted_acts_ru[k].count && !after_act; q++) {
                size_t el = strlen(quoted_acts_ru[k].endings[q]);
                after_act = w + sl + el == i - 1 &&
                            memcmp(sc->t + w + sl, quoted_acts_ru[k].endings[q], el) == 0;
            }
        }
    }
    if (!about && !after_act)
        return PT_OK;
    return pt__emit(sc, b, e, PT_LABEL_INSTRUMENT, PT_REC_SHAPE, "%.*s", (int)(e - b),
                    sc->t + b);
}

const pt_rule pt__rule_name = {.at = name_at,
                               .starts = "(",
                               .words = {PT_WORDS(name_heads),
                                         PT_WORDS(languages_en),
                                         PT_WORDS(state_forms_en),
                                         PT_WORDS(state_forms_ru)},
                               .capitalised = true};
const pt_rule pt__rule_place_list = {.at = place_list_at,
                                     .words = {PT_WORDS(place_leads_en)}};
const pt_rule pt__rule_place_list_zh = {.at = place_list_zh_at, .starts = "、"};
const pt_rule pt__rule_place_kind = {.at = place_of_a_kind_at,
                                     .words = {PT_WORDS(place_kinds_en),
                                               PT_WORDS(place_kinds_plural_en),
                                               PT_WORDS(place_kinds_fr_es),
                                               PT_WORDS(place_kinds_ru),
                                               PT_WORDS(place_kinds_ar),
                                               PT_WORDS(place_kinds_zh)}};
const pt_rule pt__rule_place_before = {.at = place_after_its_kind_at,
                                       .words = {PT_WORDS(place_kinds_before_en)},
                                       .capitalised = true};
const pt_rule pt__rule_body_ar = {.at = body_ar_at,
                                  .words = {PT_WORDS(body_heads_ar),
                                            PT_WORDS(body_heads_definite_ar)}};
const pt_rule pt__rule_hyphenated_place = {.at = hyphenated_place_at,
                                           .starts = "-"};
const pt_rule pt__rule_title_zh = {.at = title_zh_at,
                                   .starts = "《第",
                                   .words = {PT_WORDS(org_ends_zh),
                                             PT_WORDS(lower_heads_en),
                                             PT_WORDS(year_plans),
                                             PT_WORDS(ministry_ends_zh)}};

const pt_rule pt__rule_quoted_title_ru = {.at = quoted_title_ru, .starts = "\u00AB"};
const pt_rule pt__rule_first_head_name_ru = {.at = first_head_name_ru,
                                             .from = 0x410,
                                             .to = 0x42F};
const pt_rule pt__rule_first_head_name = {
    .at = first_head_name_at,
    .words = {PT_WORDS(first_heads_org), PT_WORDS(first_heads_instrument),
              PT_WORDS(first_heads_event), PT_WORDS(first_heads_org_fr),
              PT_WORDS(first_heads_instrument_fr), PT_WORDS(numbered_acts_fr),
              PT_WORDS(first_heads_event_fr)}};
