import { describe, expect, it } from 'vitest';
import { ANSWER_LETTERS, answerKey, postTestOrder, rightIndex } from '../../src/lib/quiz';

/** The printed post-test: the same questions, none in its old place, the right letters moved, and a key that matches. */
const questions = Array.from({ length: 6 }, (_, i) => ({
  id: `q${i}`,
  answers: [0, 1, 2].map((a) => ({ text: `${i}.${a}`, right: a === i % 3 })),
}));

describe('post-test order', () => {
  it.each([2, 5, 6, 7, 8])('moves every one of %i questions and keeps them all', (n) => {
    const pre = questions
      .concat(questions)
      .slice(0, n)
      .map((q, i) => ({ ...q, id: `q${i}` }));
    const post = postTestOrder(pre);
    expect(post.map((q) => q.id).sort()).toEqual(pre.map((q) => q.id).sort());
    post.forEach((q, i) => expect(q.id, `question ${i + 1}`).not.toBe(pre[i]!.id));
  });

  it('turns the answers so the right one changes letter, and keeps the same right answer', () => {
    const post = postTestOrder(questions);
    for (const q of post) {
      const original = questions.find((p) => p.id === q.id)!;
      expect(rightIndex(q)).not.toBe(rightIndex(original));
      expect(q.answers[rightIndex(q)]!.text).toBe(original.answers[rightIndex(original)]!.text);
    }
  });

  it('gives the answer key in the letters of the language', () => {
    expect(answerKey(questions, ANSWER_LETTERS.ru)).toEqual(['А', 'Б', 'В', 'А', 'Б', 'В']);
    expect(answerKey(postTestOrder(questions), ANSWER_LETTERS.kk)).toEqual(['C', 'A', 'B', 'C', 'A', 'B']);
  });
});
