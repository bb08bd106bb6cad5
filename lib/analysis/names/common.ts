/**
 * Capitalised words that are not names: they are capitalised because they open a sentence or a
 * heading, or they are calendar words. Lower-cased for lookup.
 */

/** Months and days: capitalised in English but never entities here. */
export const CALENDAR: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    // Days shortened in datelines ("Thu 30 Jun 2016"); not "Sun", a newspaper's name.
    'mon tue tues wed thu thur thurs fri sat'
  ).split(' '),
);

/**
 * Holidays and feasts, with the words that make a day of them ("Christmas Day", "New Year's Eve",
 * "Happy Thanksgiving"): a capitalised run of these alone names no person, place or body ("year"
 * for "New Year", "mother" for "Mother's Day").
 */
export const HOLIDAYS: ReadonlySet<string> = new Set(
  (
    'christmas xmas thanksgiving easter halloween hanukkah chanukah passover ramadan diwali eid ' +
    'kwanzaa lent advent pentecost yom kippur rosh hashanah nowruz year valentine mother father patrick'
  ).split(' '),
);
/** Words that go with a holiday in its name ("Christmas Day", "Merry Christmas"). */
export const HOLIDAY_WORDS: ReadonlySet<string> = new Set(
  'day eve morning weekend holiday holidays season merry happy new'.split(' '),
);

/**
 * The labels of a caption or a credit ("Image: ...", "Photo Matt Cruz for The Times"): a line that
 * opens with one is a label (report.ts), and one before a name is no part of it (entity-runs.ts).
 * Lower-cased, singular.
 */
export const CAPTION_LABELS: ReadonlySet<string> = new Set(
  'image photo photograph picture illustration credit video graphic map chart caption'.split(' '),
);

/**
 * Function words, pronouns, sentence adverbs and connectives that open sentences ("However",
 * "During", "One of ..."). A capitalised word at sentence start is dropped when it is one of
 * these, ends in -ly/-ing, or appears in lower case elsewhere in the article.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those there here it its he she they we i you his her their our my your ' +
    'him them us me who whom whose what which when where why how whether if unless although though ' +
    'because since while as after before during until amid amidst among between against about above ' +
    'below across through throughout into onto over under in on at by for from of off to with without ' +
    'within upon toward towards despite and or but nor so yet also still then thus hence however ' +
    'meanwhile moreover furthermore nevertheless nonetheless instead indeed besides otherwise ' +
    'therefore accordingly whenever wherever whatever whoever yesterday today tomorrow tonight now once earlier later last next first ' +
    'second third finally one two three four five six seven eight nine ten some many most more much ' +
    'few several all both each every any no none neither either other another such only even just ' +
    'not never always often sometimes perhaps maybe according asked speaking addressing following ' +
    'given regarding including like unlike near beyond behind beside beneath inside outside per via ' +
    'is are was were be been being has have had do does did will would shall should can could may ' +
    'might must let yes well oh mr mrs ms dr critics officials analysts experts observers sources ' +
    'residents witnesses people police authorities protesters supporters opponents'
  ).split(' '),
);

/**
 * Capitalised adjectives of religion, ideology, region or language that name no single entity when
 * they stand alone ("Islamic militants", "European leaders", "Soviet tanks"). Inside a longer name
 * ("Islamic Republic of Iran", "European Union") they are kept.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'Islamic',
  'Islamist',
  'Muslim',
  'Muslims',
  'Jewish',
  'Jews',
  'Christian',
  'Christians',
  'Catholic',
  'Catholics',
  'Protestant',
  'Orthodox',
  'Evangelical',
  'Evangelicals',
  'Sunni',
  'Shia',
  'Shiite',
  'Hindu',
  'Buddhist',
  'Arab',
  'Arabs',
  'Kurdish',
  'Kurds',
  'Latino',
  'Hispanic',
  'Asian',
  'African',
  'European',
  'Europeans',
  'Soviet',
  'Nazi',
  'Nazis',
  'Marxist',
  'Communist',
  'Communists',
  'Socialist',
  'Socialists',
  'Liberal',
  'Liberals',
  'Progressive',
  'Progressives',
  'Olympic',
  'English',
  'Internet',
  'Western',
  'Westerners',
  'Eastern',
  'Northern',
  'Southern',
  'Central',
  'Middle',
  'Black',
  'White',
  'Indigenous',
  'God',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
]);

/**
 * Verbs that open an instruction before a name ("See Facebook’s description", "Contact Mark Smith
 * at ..."): at a sentence start they are the imperative, not the first word of the name.
 */
export const IMPERATIVE_OPENERS: ReadonlySet<string> = new Set(
  (
    'see contact follow read watch get submit share subscribe click sign join visit email download ' +
    'learn find check try listen tap send tell ask'
  ).split(' '),
);
