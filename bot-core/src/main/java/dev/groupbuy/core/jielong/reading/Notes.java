package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import java.util.List;

/** Collects a line's building/room notes, bracketed remarks and trailing words into one note. */
public final class Notes {

    private Notes() {}

    static String collect(List<Token> tokens, NameExtractor.Name name) {
        StringBuilder note = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean building = t.is(TokenKind.BUILDING);
            boolean remark = t.is(TokenKind.REMARK) && !CancelDetector.isCancelPhrase(t.content());
            boolean inName = k >= name.from() && k < name.to();
            boolean words = !inName && t.is(TokenKind.TEXT) && t.isSubstantive();
            if (building || remark || words) {
                note = note == null ? new StringBuilder() : note.append(' ');
                note.append(remark ? t.content().strip() : t.text().strip());
            }
        }
        return note == null ? "" : note.toString();
    }
}
