import { describe, expect, it } from 'vitest';
import { analyzeRelated, namesIn, scoreHeadline, themesOf } from '../../lib/analysis/related';
import type { Entity } from '../../lib/analysis/types';

function entity(id: string, name: string, type: Entity['type'], aliases: string[] = []): Entity {
  return {
    id,
    name,
    type,
    aliases,
    mentions: 1,
    sentences: [0],
    tone: { outlet: { score: 0, mentions: 0 }, quoted: { score: 0, mentions: 0 } },
  };
}

const ENTITIES = [
  entity('g:azerbaijan', 'Azerbaijan', 'place', ['Azerbaijani']),
  entity('g:armenia', 'Armenia', 'place', ['Armenian']),
  entity('p:stoltenberg', 'Jens Stoltenberg', 'person', ['Stoltenberg']),
];
/** No loaded lexicon: the frames alone decide, so these tests do not move with the lexicon. */
const none = () => [];

describe('themesOf', () => {
  it('finds short theme words in a headline', () => {
    expect(
      themesOf('US Congress Targets Azerbaijan with Sanctions Over Alleged Human Rights Abuses'),
    ).toEqual(['sanctions', 'human rights']);
    expect(themesOf('Liechtenstein Cautions Over Restoring Voting Rights for Azerbaijan at PACE')).toEqual([
      'voting rights',
    ]);
    expect(themesOf('Bake-off final draws record audience')).toEqual([]);
  });
});

describe('namesIn', () => {
  it('links demonyms and names to the article’s entities, and knows other countries', () => {
    const title = 'Czech Government Remains Silent on Alleged Corruption Links of Azerbaijani Officials';
    const names = namesIn(title, ENTITIES);
    expect(names.map((n) => [n.name, n.entity, title.slice(n.start, n.end)])).toEqual([
      ['Czech Republic', undefined, 'Czech'],
      ['Azerbaijan', 'g:azerbaijan', 'Azerbaijani'],
    ]);
  });

  it('finds a person by surname and a place by its possessive', () => {
    const title = 'Stoltenberg Praises Armenia’s Role in Peace Talks';
    expect(namesIn(title, ENTITIES).map((n) => [n.name, n.entity, title.slice(n.start, n.end)])).toEqual([
      ['Jens Stoltenberg', 'p:stoltenberg', 'Stoltenberg'],
      ['Armenia', 'g:armenia', 'Armenia'],
    ]);
    const story = scoreHeadline({ title, url: '/p' }, ENTITIES, none);
    expect(story.entities).toEqual([
      { name: 'Jens Stoltenberg', entity: 'p:stoltenberg', tone: 0 },
      { name: 'Armenia', entity: 'g:armenia', tone: 0.5 },
    ]);
  });

  it('does not read a short lower-case word as a name', () => {
    expect(namesIn('Tell Us What You Think About Armenia', ENTITIES).map((n) => n.name)).toEqual(['Armenia']);
  });
});

describe('scoreHeadline', () => {
  it('bears a measure on its object and wrongdoing on whom it is linked to', () => {
    const story = scoreHeadline(
      { title: 'US Congress Targets Azerbaijan with Sanctions Over Alleged Human Rights Abuses', url: '/a' },
      ENTITIES,
      none,
    );
    const az = story.entities.find((e) => e.entity === 'g:azerbaijan');
    expect(az?.tone).toBe(-1);
    expect(story.tone).toBe(-1);
    expect(story.themes).toEqual(['sanctions', 'human rights']);
  });

  it('reproaches the actor for silence, and links corruption to the officials named after it', () => {
    const story = scoreHeadline(
      {
        title: 'Czech Government Remains Silent on Alleged Corruption Links of Azerbaijani Officials',
        url: '/b',
      },
      ENTITIES,
      none,
    );
    expect(story.entities).toEqual([
      { name: 'Czech Republic', tone: -0.4 },
      { name: 'Azerbaijan', entity: 'g:azerbaijan', tone: -0.9 },
    ]);
  });

  it('finds praise for the entity praised', () => {
    const story = scoreHeadline({ title: 'Armenia Hails Peace Breakthrough', url: '/c' }, ENTITIES, none);
    expect(story.entities).toEqual([{ name: 'Armenia', entity: 'g:armenia', tone: 0.9 }]);
  });
});

describe('analyzeRelated', () => {
  it('sums stories per entity and keeps the excluded count', () => {
    const slant = analyzeRelated(
      {
        heading: 'More from The Post',
        links: [
          {
            title: 'US Congress Targets Azerbaijan with Sanctions Over Alleged Human Rights Abuses',
            url: '/a',
          },
          { title: 'Liechtenstein Cautions Over Restoring Voting Rights for Azerbaijan at PACE', url: '/b' },
          { title: 'Armenia Hails Peace Breakthrough', url: '/c' },
          { title: '   ', url: '/d' },
        ],
        excluded: 4,
      },
      ENTITIES,
      none,
    );
    expect(slant.heading).toBe('More from The Post');
    expect(slant.excluded).toBe(4);
    expect(slant.stories.map((s) => s.url)).toEqual(['/a', '/b', '/c']);
    const az = slant.byEntity.find((b) => b.entity === 'g:azerbaijan');
    expect(az).toEqual({
      name: 'Azerbaijan',
      entity: 'g:azerbaijan',
      stories: 2,
      negative: 2,
      positive: 0,
      neutral: 0,
      tone: -0.7,
      themes: ['sanctions', 'human rights', 'voting rights'],
    });
  });

  it('is empty without related links', () => {
    expect(analyzeRelated(undefined, ENTITIES, none)).toEqual({ stories: [], excluded: 0, byEntity: [] });
  });
});
