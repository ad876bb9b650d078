package dev.groupbuy.core.jielong.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.jielong.Catalogs;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineTokenizerTests {

    private final LineTokenizer tokenizer = new LineTokenizer(new CatalogMatcher(Catalogs.berries()));

    private List<TokenKind> kinds(String line) {
        return tokenizer.tokenize(line).stream()
                .map(Token::kind)
                .filter(k -> k != TokenKind.SPACE)
                .toList();
    }

    @Test
    void splitsNameProductsAndQuantities() {
        assertThat(kinds("李姐 草莓1 蓝莓2"))
                .containsExactly(
                        TokenKind.TEXT, TokenKind.PRODUCT, TokenKind.NUMBER, TokenKind.PRODUCT, TokenKind.NUMBER);
    }

    @Test
    void readsBuildingNotesRemarksAndStrikes() {
        assertThat(kinds("张三 3栋502 草莓2盒（不要太熟的）"))
                .containsExactly(
                        TokenKind.TEXT, TokenKind.BUILDING, TokenKind.PRODUCT, TokenKind.NUMBER, TokenKind.REMARK);
        assertThat(kinds("~~3盒~~ 2盒")).containsExactly(TokenKind.STRIKE, TokenKind.NUMBER);
    }

    @Test
    void hidesNumbersThatAreNotQuantities() {
        assertThat(kinds("草莓2盒 共2盒 17:30后取 已付50元"))
                .containsExactly(
                        TokenKind.PRODUCT,
                        TokenKind.NUMBER,
                        TokenKind.SKIP,
                        TokenKind.SKIP,
                        TokenKind.TEXT,
                        TokenKind.SKIP);
    }

    @Test
    void readsKeywords() {
        assertThat(kinds("取消")).containsExactly(TokenKind.CANCEL);
        assertThat(kinds("2盒改1盒")).containsExactly(TokenKind.NUMBER, TokenKind.CHANGE, TokenKind.NUMBER);
        assertThat(kinds("同上")).containsExactly(TokenKind.SAME);
        assertThat(kinds("草莓蓝莓各一盒"))
                .containsExactly(TokenKind.PRODUCT, TokenKind.PRODUCT, TokenKind.EACH, TokenKind.NUMBER);
        assertThat(kinds("+1")).containsExactly(TokenKind.PLUS, TokenKind.NUMBER);
        assertThat(kinds("草莓x2")).containsExactly(TokenKind.PRODUCT, TokenKind.TIMES, TokenKind.NUMBER);
    }

    @Test
    void keepsRemarkWordsThatOnlyLookLikeACancelAsText() {
        assertThat(kinds("不要太熟")).containsExactly(TokenKind.TEXT);
    }

    @Test
    void keepsNumeralsInsideNicknames() {
        assertThat(tokenizer.tokenize("三妹 2盒").get(0).text()).isEqualTo("三妹");
    }
}
