package dev.groupbuy.adapters.platform.wecom;

import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;

/** Callbacks as WeCom sends them, made with WxJava's own crypto: for tests of the app callback. */
public final class WeComCallbacks {

    private WeComCallbacks() {}

    public static String text(String corpId, String from, long msgId, String content) {
        return "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>1764028800</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId>"
                + "<AgentID>1000002</AgentID></xml>";
    }

    public static String event(String corpId, long createTime, String event) {
        return "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>"
                + "<CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[" + event + "]]></Event><AgentID>1000002</AgentID></xml>";
    }

    /** The plain XML encrypted and signed for the app with this corp id, token and key. */
    public static Request encrypt(String plainXml, String corpId, String token, String aesKey) {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId(corpId);
        config.setToken(token);
        config.setAesKey(aesKey);
        WxCpCryptUtil.EncryptContext context = new WxCpCryptUtil(config).encryptContext(plainXml);
        String body = "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><Encrypt><![CDATA["
                + context.getEncrypt() + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        return new Request(context.getSignature(), context.getTimeStamp(), context.getNonce(), body);
    }

    /** A callback request: its query parameters and body. */
    public record Request(String signature, String timestamp, String nonce, String body) {

        public String query() {
            return "msg_signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce;
        }
    }
}
