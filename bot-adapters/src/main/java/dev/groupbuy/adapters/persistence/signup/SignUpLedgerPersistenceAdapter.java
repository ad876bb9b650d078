package dev.groupbuy.adapters.persistence.signup;

import dev.groupbuy.core.signup.SeenLine;
import dev.groupbuy.core.signup.SignUpLedger;
import dev.groupbuy.core.store.TextLimit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;

/**
 * {@link SignUpLedger} on the {@code signup_lines} table. Idempotence rests on its UNIQUE (deal_id,
 * group_id, fingerprint): lines already stored are skipped, and a row another instance inserted first is
 * not an error. Texts longer than the column keep their full fingerprint.
 */
class SignUpLedgerPersistenceAdapter implements SignUpLedger {

    static final int NAME_LENGTH = 255;
    static final int TEXT_LENGTH = 1000;

    private final SignUpLineMapper lines;

    SignUpLedgerPersistenceAdapter(SignUpLineMapper lines) {
        this.lines = lines;
    }

    @Override
    public Set<String> fingerprints(long dealId, long groupId) {
        return lines.fingerprints(dealId, groupId);
    }

    @Override
    public List<SeenLine> lines(long dealId, long groupId) {
        return lines.lines(dealId, groupId).stream()
                .map(row -> new SeenLine(
                        row.getDealId(),
                        row.getGroupId(),
                        row.getName(),
                        row.getText(),
                        row.getInboxId(),
                        row.getSeenAt(),
                        Boolean.TRUE.equals(row.getReview())))
                .toList();
    }

    @Override
    public void record(Collection<SeenLine> seen) {
        Map<Scope, List<SeenLine>> byScope = seen.stream()
                .collect(Collectors.groupingBy(
                        line -> new Scope(line.dealId(), line.groupId()), LinkedHashMap::new, Collectors.toList()));
        byScope.forEach(this::recordIn);
    }

    private void recordIn(Scope scope, List<SeenLine> seen) {
        Map<String, SeenLine> byFingerprint = new LinkedHashMap<>();
        seen.forEach(line -> byFingerprint.putIfAbsent(line.fingerprint(), line));
        byFingerprint.keySet().removeAll(lines.existing(scope.dealId(), scope.groupId(), byFingerprint.keySet()));
        for (SeenLine line : byFingerprint.values()) {
            try {
                lines.store(toRow(line));
            } catch (DuplicateKeyException storedMeanwhile) {
                // another instance recorded the same line first: the ledger already says what we wanted
            }
        }
    }

    private static SignUpLineDO toRow(SeenLine line) {
        SignUpLineDO row = new SignUpLineDO();
        row.setDealId(line.dealId());
        row.setGroupId(line.groupId());
        row.setFingerprint(line.fingerprint());
        row.setName(TextLimit.cut(line.name(), NAME_LENGTH));
        row.setText(TextLimit.cut(line.text(), TEXT_LENGTH));
        row.setInboxId(line.inboxId());
        row.setSeenAt(line.seenAt());
        row.setReview(line.review());
        return row;
    }

    private record Scope(long dealId, long groupId) {}
}
