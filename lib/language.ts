// Is this text English? The page's `lang` plus a cheap check of the text itself: the share of each
// language's most common function words among the first words of the article. Sourcelight's rules read
// English only; a French or German article gets nothing drawn unless the reader asks.
// Pure: no DOM, no browser APIs.

const words = (list: string): readonly string[] => list.split(' ');

/** The most frequent function words of each language checked (closed-class words, lower case). */
export const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: words(
    'the of and to a in is that for it was on with he as by at his be from have has are they this not but had their were said which who been will would an or its she her we after about',
  ),
  fr: words(
    'le la les de des du et un une est que qui dans pour pas sur au aux il elle ce cette ont sont avec mais par ne se son sa ses leur été plus selon aussi nous vous où déjà après',
  ),
  de: words(
    'der die das und ist nicht den dem des ein eine einen zu mit sich auf für von im auch es sie er wird wurde hat haben sind aber nach bei noch wie oder dass aus vor über sagte seit',
  ),
  es: words(
    'el la los las de del y en que un una es por para con no se su sus al lo como más pero fue ha han este esta entre según también',
  ),
  pt: words(
    'o os as de do da dos das e em no na que um uma é para com não se por mais foi ao pelo pela como mas também seu sua são',
  ),
  it: words(
    'il lo la gli le di del della e che un una per non con si è nel nella alla sono ha anche come ma più dei delle questo secondo',
  ),
  nl: words(
    'de het een en van in is op dat die niet met zijn voor er aan ook wordt werd naar maar bij nog heeft hebben deze volgens',
  ),
};

/** Words read from the top of the text: plenty for a verdict, cheap on a long page. */
export const SAMPLE_WORDS = 600;
/** Fewer words than this and the text says too little: the page's `lang` decides. */
export const MIN_WORDS = 40;
/** English prose runs at 35-50% of these words; below this share a text is not English. */
export const MIN_ENGLISH_SHARE = 0.2;
/** A language's function words must make up this share of the words for the text to read as that language. */
export const MIN_LANGUAGE_SHARE = 0.12;
/** Share of words in Latin letters below which a text is in another script (Cyrillic, CJK, Arabic...). */
export const MIN_LATIN_SHARE = 0.5;

const SETS = Object.fromEntries(Object.entries(STOP_WORDS).map(([k, v]) => [k, new Set(v)])) as Record<
  string,
  ReadonlySet<string>
>;

export interface TextLanguage {
  /**
   * What the text reads as: a language code ('en', 'fr', ...), 'script' for words mostly outside Latin letters
   * (Cyrillic, CJK, Arabic...), 'unclear' for Latin text with few function words of any language checked (lists,
   * menus, captions), or null when the text is too short to tell.
   */
  lang: string | null;
  /** Share of English function words among the sampled words. */
  englishShare: number;
  words: number;
}

/** The cheap check of the text. */
export function textLanguage(text: string): TextLanguage {
  const words = (text.slice(0, SAMPLE_WORDS * 12).match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []).slice(0, SAMPLE_WORDS);
  if (words.length < MIN_WORDS) return { lang: null, englishShare: 0, words: words.length };
  const latin = words.filter((w) => /^[\p{Script=Latin}'’]+$/u.test(w)).length;
  const counts: Record<string, number> = {};
  for (const raw of words) {
    const w = raw.toLowerCase();
    for (const [lang, set] of Object.entries(SETS)) if (set.has(w)) counts[lang] = (counts[lang] ?? 0) + 1;
  }
  const englishShare = (counts.en ?? 0) / words.length;
  if (latin / words.length < MIN_LATIN_SHARE) return { lang: 'script', englishShare, words: words.length };
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const lang = best && best[1] / words.length >= MIN_LANGUAGE_SHARE ? best[0] : 'unclear';
  return { lang, englishShare, words: words.length };
}

export interface LanguageVerdict {
  english: boolean;
  /** The language as the page declares it or the text suggests ('fr', 'de', ...). */
  lang?: string;
  why: string;
}

/** The primary subtag of a `lang` attribute ('en-GB' -> 'en'), or undefined when absent or malformed. */
export function primaryLang(attr: string | null | undefined): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9-]+)?\s*$/i.exec(attr ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

/**
 * The page's `lang` and the text together. A text that clearly reads as English, or clearly as another
 * language or script, decides (English articles served as `lang="de"` exist); a short or unclear text (a
 * recipe's lists, a photo page) leaves it to the declared language, and a page that declares none is English.
 */
export function decideLanguage(langAttr: string | null | undefined, text: string): LanguageVerdict {
  const declared = primaryLang(langAttr);
  const seen = textLanguage(text);
  const share = `${Math.round(seen.englishShare * 100)}% English function words`;
  const page = `lang="${langAttr ?? ''}"`;
  if (seen.lang === 'en' && seen.englishShare >= MIN_ENGLISH_SHARE)
    return {
      english: true,
      lang: 'en',
      why: declared && declared !== 'en' ? `text: ${share} (page says ${page})` : `text: ${share}`,
    };
  if (seen.lang !== null && seen.lang !== 'unclear' && seen.lang !== 'en') {
    const lang = seen.lang === 'script' ? (declared !== 'en' ? declared : undefined) : seen.lang;
    return {
      english: false,
      ...(lang ? { lang } : {}),
      why: `text: ${share}, reads as ${seen.lang === 'script' ? 'another script' : seen.lang}`,
    };
  }
  const english = declared === undefined || declared === 'en';
  return {
    english,
    ...(declared ? { lang: declared } : {}),
    why: `${page}; text ${seen.lang === null ? 'too short' : 'unclear'}: ${share}`,
  };
}
