package dev.groupbuy.adapters.platform;

import static org.assertj.core.api.Assertions.assertThat;

import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

class CipherGuardTests {

    static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final String OTHER_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    @Test
    void passesWhatWasEncryptedWithTheKey() {
        for (String text : new String[] {"", "1616140317555161061", "<xml>" + "接龙".repeat(5_000) + "</xml>"}) {
            String cipher =
                    new WxCryptUtil("token", KEY, "corp").encryptContext(text).getEncrypt();
            assertThat(CipherGuard.plausible(KEY, cipher))
                    .as(text.length() + " chars")
                    .isTrue();
        }
    }

    /**
     * Without the guard, WxJava decrypts such a message to noise and allocates whatever length the noise
     * claims: a test JVM died of an OutOfMemoryError (a 1.3 GB string) on exactly this.
     */
    @Test
    void refusesWhatWasEncryptedWithAnotherKeyBeforeWxJavaTrustsItsLength() {
        for (int i = 0; i < 200; i++) {
            String cipher = new WxCryptUtil("token", OTHER_KEY, "corp")
                    .encryptContext("<xml>" + i + "</xml>")
                    .getEncrypt();
            assertThat(CipherGuard.plausible(KEY, cipher)).isFalse();
        }
    }

    @Test
    void refusesWhatIsNoCipherAtAll() {
        assertThat(CipherGuard.plausible(KEY, "")).isFalse();
        assertThat(CipherGuard.plausible(KEY, "not base64 at all!")).isFalse();
        assertThat(CipherGuard.plausible(KEY, "AAAA")).isFalse();
        assertThat(CipherGuard.plausible("short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
                .isFalse();
        assertThat(CipherGuard.plausible(null, null)).isFalse();
    }

    @Test
    void readsTheEncryptElementWithDoctypesRefused() {
        assertThat(CipherGuard.encryptElement("<xml><Encrypt><![CDATA[abc]]></Encrypt></xml>"))
                .contains("abc");
        assertThat(CipherGuard.encryptElement("<xml><Encrypt>abc</Encrypt></xml>"))
                .contains("abc");
        assertThat(CipherGuard.encryptElement("<!DOCTYPE x [<!ENTITY e \"abc\">]><xml><Encrypt>&e;</Encrypt></xml>"))
                .isEmpty();
        assertThat(CipherGuard.encryptElement("<xml/>")).isEmpty();
        assertThat(CipherGuard.encryptElement("not xml")).isEmpty();
    }
}
