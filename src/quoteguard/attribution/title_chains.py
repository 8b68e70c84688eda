"""Title words and the names they lead to (`keeper of records Ivo Brandt`, `a longtime aide to the
harbour board`): the phrase readers (`phrases`) use them to decide where a speaker phrase goes on
past a preposition or an `and`.
"""

from __future__ import annotations

from .people import PeopleRegistry


class TitleChains(PeopleRegistry):
    def title_chain_to_a_name(self, first: int, link: int, allowed: set[int]) -> bool:
        """Do lower-case words before `link` (`of`/`for`) and one or two after it lead straight to a
        person's name (`master of ceremonies Ivo Brandt`, `director of communications Ana Holt`)?"""
        if self.has_name(first, link - 1) or any(self.t[k].upos not in ("NOUN", "ADJ") for k in range(first, link)):
            return False
        k = link + 1
        while k in allowed and k <= link + 2 and not self.is_cap(k) and self.t[k].upos in ("NOUN", "ADJ"):
            k += 1
        if k == link + 1 or k not in allowed or not self.is_name_token(k):
            return False
        run = next((r for r in self.name_runs(k, max(allowed)) if r[0] == k), None)
        return run is not None and self.has_person(*run)

    def nameless_person_before(self, first: int, link: int) -> bool:
        """Does [first, link) name no one and end on a person noun or a title (`a longtime adviser`),
        or on `close`/`familiar` after one (`a source close`), so a preposition at `link` goes on
        to say whose?"""
        last = link - 1
        close = last > first and self.low(last) in ("close", "familiar")
        if close:
            last -= 1
        word = self.low(last)
        # (before `close` the tagger may call the noun an adjective: `a person close to …`)
        tags = ("NOUN", None, "ADJ") if close else ("NOUN", None)
        return not self.has_name(first, link - 1) and (word in self.kb.person_nouns or self.kb.is_title(word)) \
            and self.t[last].upos in tags and self.low(last) not in self.kb.collective_nouns

    def title_chain_end(self, head: int, ok: set[int]) -> int:
        """`the former trade minister and current party nominee`: one person's titles, joined.

        From a noun, go on over `of` + a noun; from a title noun also over `and` + modifiers + another
        title noun (no article: `the governor and the mayor` are two people).
        """
        def title_word(k: int) -> bool:
            return self.kb.is_title(self.low(k)) or self.low(k) in self.kb.person_nouns

        if self.t[head].upos != "NOUN" and not title_word(head):
            return head
        last = head
        while True:
            k = last + 1
            if self.low(k) == "of" and k + 1 in ok and self.t[k + 1].upos in ("NOUN", "PROPN") \
                    and not self.is_name_token(k + 1):
                last = k + 1  # `the secretary of state`, `small groups of marchers`
                continue
            if self.low(k) == "and" and title_word(head):
                stretch = []
                j = k + 1
                while j in ok and j <= k + 5 and self.t[j].upos in ("ADJ", "PROPN", "NOUN"):
                    stretch.append(j)
                    j += 1
                titles = [j for j in stretch if title_word(j) and not self.is_cap(j)]
                if titles:
                    last = titles[-1]
                    while last + 1 in ok and self.is_name_token(last + 1):
                        last += 1  # `his wife and current party nominee Jane Doyle`
                    continue
            return last
