import { changedBriefSections } from '../../api/modules/certification/source-changes';
import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { FIXTURE_BRIEF } from '../helpers/standard-fixture';

const before = FIXTURE_BRIEF.content;

describe('what a new brief version changes, for certificates', () => {
  it('names the section and the item changed', () => {
    const after = { ...before, topics: before.topics.map((topic) => (topic.key === 'credit' ? { ...topic, policy: TopicPolicy.NO_COMMENT } : topic)) };
    expect([...changedBriefSections(before, after, new Map())]).toEqual([['topics', 'Темы: изменено «Кредит»']]);
  });

  it('counts items added and removed', () => {
    const after = { ...before, standardSituations: [before.standardSituations[0], { key: 'rumours', name: 'Слухи', triggers: [], behaviour: 'Не обсуждаем', moveToPrivate: false }] };
    expect(changedBriefSections(before, after, new Map()).get('standardSituations')).toBe('Стандартные ситуации: добавлено «Слухи»; удалено «Благодарность»');
  });

  it('ignores a new order and a new certification requirement', () => {
    const after = {
      ...before,
      topics: [...before.topics].reverse(),
      postingRules: before.postingRules.map((rule) => ({ ...rule, requiredQuizId: 'quiz-1' })),
    };
    expect(changedBriefSections(before, after, new Map()).size).toBe(0);
  });

  it('treats every item of the first version in force as new', () => {
    expect([...changedBriefSections(null, before, new Map()).keys()]).toEqual(['postingRules', 'topics', 'contentRules', 'responseDeadlines', 'standardSituations', 'responsiblePeople']);
  });
});
