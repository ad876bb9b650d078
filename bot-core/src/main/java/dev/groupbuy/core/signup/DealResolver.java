package dev.groupbuy.core.signup;

import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.jielong.ParsedChain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the deal a chain message belongs to: the group's open deal; among several, the one whose title
 * and catalog words the chain uses; with none open, the latest closed one (so a late sign-up can be told
 * the deal is closed). Reads only.
 */
public final class DealResolver {

    private final DealRepository deals;
    private final ChainReader reader;

    public DealResolver(DealRepository deals, ChainReader reader) {
        this.deals = deals;
        this.reader = reader;
    }

    public Resolution resolve(ChatGroup group, InboundMessage message) {
        List<Candidate> open = chainsIn(deals.find(group.id(), DealStatus.OPEN), message.text());
        if (open.size() == 1) {
            return new Resolution.Found(open.get(0).deal(), open.get(0).chain());
        }
        if (open.size() > 1) {
            return pick(open, message.text());
        }
        return deals.find(group.id(), DealStatus.CLOSED).stream()
                .limit(1)
                .flatMap(deal -> chainsIn(List.of(deal), message.text()).stream())
                .findFirst()
                .<Resolution>map(candidate -> new Resolution.Found(candidate.deal(), candidate.chain()))
                .orElseGet(Resolution.NotAChain::new);
    }

    private List<Candidate> chainsIn(List<Deal> candidates, String text) {
        List<Candidate> chains = new ArrayList<>();
        for (Deal deal : candidates) {
            ParsedChain chain = reader.read(text, deal.catalog());
            if (chain.isChain()) {
                chains.add(new Candidate(deal, chain));
            }
        }
        return chains;
    }

    private static Resolution pick(List<Candidate> candidates, String text) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt((Candidate c) -> score(c, text)).reversed());
        if (score(ranked.get(0), text) > score(ranked.get(1), text)) {
            return new Resolution.Found(ranked.get(0).deal(), ranked.get(0).chain());
        }
        return new Resolution.Ambiguous(candidates.stream().map(Candidate::deal).toList());
    }

    /** The title counts most, then each catalog product the text names, then each line read without doubt. */
    static int score(Candidate candidate, String text) {
        Deal deal = candidate.deal();
        String title = candidate.chain().title().strip();
        boolean titleMatches =
                text.contains(deal.title()) || (!title.isEmpty() && deal.title().contains(title));
        long named = deal.catalog().stream().filter(item -> names(item, text)).count();
        long readable = candidate.chain().entries().stream()
                .filter(entry -> !SignUpMerger.needsReview(entry))
                .count();
        return (titleMatches ? 1000 : 0) + (int) named * 50 + (int) Math.min(readable, 49);
    }

    private static boolean names(CatalogItem item, String text) {
        if (text.contains(item.name())) {
            return true;
        }
        return item.aliases().stream().filter(alias -> alias.length() >= 2).anyMatch(text::contains);
    }

    private record Candidate(Deal deal, ParsedChain chain) {}

    /** Where a chain message goes. */
    public sealed interface Resolution {

        /** The deal the chain belongs to, read as that deal's chain; the deal may be closed by now. */
        record Found(Deal deal, ParsedChain chain) implements Resolution {}

        /** Several open deals fit equally: the leader must say which. */
        record Ambiguous(List<Deal> deals) implements Resolution {}

        /** Not a chain for any deal of the group. */
        record NotAChain() implements Resolution {}
    }
}
