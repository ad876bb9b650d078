package dev.groupbuy.adapters.platform;

import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.codec.binary.Base64;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A check before WxJava decrypts a callback. WxJava (4.7.x) trusts the length field inside the decrypted
 * text: a message encrypted with another key decrypts to noise whose length field can claim up to 2 GB, and
 * WxJava allocates that much — an {@link OutOfMemoryError} per request. This check decrypts only the first two
 * blocks (16 random bytes, then the length) and refuses a claimed length longer than the message itself. The
 * decryption proper stays WxJava's.
 */
public final class CipherGuard {

    private static final int PREFIX = 20;

    private CipherGuard() {}

    /** False when {@code cipherText} cannot be a message encrypted with {@code encodingAesKey}. */
    public static boolean plausible(String encodingAesKey, String cipherText) {
        if (encodingAesKey == null || cipherText == null) {
            return false;
        }
        byte[] key = Base64.decodeBase64(encodingAesKey.replace(" ", ""));
        byte[] cipherBytes = Base64.decodeBase64(cipherText);
        if (key.length != 32 || cipherBytes.length < 32 || cipherBytes.length % 16 != 0) {
            return false;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key, "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(key, 0, 16)));
            byte[] head = cipher.doFinal(cipherBytes, 0, 32);
            int length = ((head[16] & 0xff) << 24)
                    | ((head[17] & 0xff) << 16)
                    | ((head[18] & 0xff) << 8)
                    | (head[19] & 0xff);
            return length >= 0 && length <= cipherBytes.length - PREFIX;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The {@code Encrypt} element of a callback's XML, read with DTDs refused; empty when there is none. */
    public static Optional<String> encryptElement(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            NodeList nodes = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml)))
                    .getDocumentElement()
                    .getElementsByTagName("Encrypt");
            return nodes.getLength() == 0
                    ? Optional.empty()
                    : Optional.of(nodes.item(0).getTextContent());
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
