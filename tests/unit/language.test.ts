import { describe, expect, it } from 'vitest';
import { checkLanguage, guessLanguage } from '../../lib/analysis/language';

const EN =
  'The minister said on Tuesday that the government would review the decision, which has been criticised by the opposition and by several business groups.';
const DE =
  'Der Minister sagte am Dienstag, dass die Regierung die Entscheidung überprüfen werde, die von der Opposition und von mehreren Verbänden kritisiert worden ist.';
const FR =
  'Le ministre a déclaré mardi que le gouvernement allait revoir la décision, qui a été critiquée par l’opposition et par plusieurs groupes dans le pays.';
const ES =
  'El ministro dijo el martes que el gobierno revisará la decisión, que ha sido criticada por la oposición y por varios grupos empresariales del país.';
const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.';
const RU =
  'Министр заявил во вторник, что правительство пересмотрит решение, которое раскритиковала оппозиция.';

describe('guessLanguage', () => {
  it('tells English from other Latin-script languages by function words', () => {
    expect(guessLanguage(EN)).toMatchObject({ language: 'en', confident: true });
    expect(guessLanguage(DE)).toMatchObject({ language: 'de', confident: true });
    expect(guessLanguage(FR)).toMatchObject({ language: 'fr', confident: true });
    expect(guessLanguage(ES)).toMatchObject({ language: 'es', confident: true });
  });

  it('takes placeholder lorem ipsum for Latin, not English; English with a Latin tag stays English', () => {
    expect(guessLanguage(LOREM)).toMatchObject({ language: 'la', confident: true });
    expect(checkLanguage(LOREM, 'en')).toEqual({
      language: 'la',
      supported: false,
      notice:
        'This article appears to be in Latin. Slantwise reads English only, so nothing on this page is marked.',
    });
    const en =
      'Smith et al. found that the ad hoc panel was not set up to review the claims, which it rejected.';
    expect(guessLanguage(en)).toMatchObject({ language: 'en', confident: true });
  });

  it('keeps a short English sentence English though Romance function words ("a", "as", "do") outnumber the common English ones', () => {
    expect(
      guessLanguage('Sisi, a general-turned-politician, said Trump would make a strong leader.'),
    ).toMatchObject({ language: 'en', confident: true });
    expect(
      guessLanguage(
        'Our next guest says there is no question about what the congressman should do as he faces charges.',
      ),
    ).toMatchObject({ language: 'en', confident: true });
    const pt =
      'O ministro disse na terça-feira que o governo vai rever a decisão, que foi criticada pela oposição.';
    expect(guessLanguage(pt)).toMatchObject({ language: 'pt', confident: true });
  });

  it('names a non-Latin script', () => {
    expect(guessLanguage(RU)).toMatchObject({ language: 'ru', confident: true });
  });

  it('cannot decide on a few words or on no letters', () => {
    expect(guessLanguage('NATO summit')).toEqual({ language: 'und', englishRatio: 0, confident: false });
    expect(guessLanguage('  12 345 ')).toEqual({ language: 'und', englishRatio: 0, confident: false });
  });
});

describe('checkLanguage', () => {
  it('analyses English, with or without a tag', () => {
    expect(checkLanguage(EN)).toEqual({ language: 'en', supported: true });
    expect(checkLanguage(EN, 'en-GB')).toEqual({ language: 'en', supported: true });
  });

  it('lets a long text overrule a wrong page tag', () => {
    expect(checkLanguage(EN, 'de')).toEqual({ language: 'en', supported: true });
    expect(checkLanguage(DE, 'en')).toMatchObject({ language: 'de', supported: false });
  });

  it('honours the page tag when the text is too short to tell', () => {
    expect(checkLanguage('NATO summit', 'fr-FR')).toMatchObject({ language: 'fr', supported: false });
    expect(checkLanguage('NATO summit')).toEqual({ language: 'en', supported: true });
  });

  it('says in plain words why nothing is marked', () => {
    expect(checkLanguage(DE).notice).toBe(
      'This article appears to be in German. Slantwise reads English only, so nothing on this page is marked.',
    );
    expect(checkLanguage(RU).notice).toBe(
      'This article appears to be in Russian. Slantwise reads English only, so nothing on this page is marked.',
    );
  });
});

describe('languageName', () => {
  it('names the language, or gives its code when we do not know its name', () => {
    expect(checkLanguage('Zprávy', 'cs-CZ').notice).toBe(
      'This article appears to be in Czech. Slantwise reads English only, so nothing on this page is marked.',
    );
    expect(checkLanguage('Uudet', 'xx').notice).toBe(
      'This article appears to be in another language (xx). Slantwise reads English only, so nothing on this page is marked.',
    );
  });
});
