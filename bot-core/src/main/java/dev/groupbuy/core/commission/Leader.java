package dev.groupbuy.core.commission;

/**
 * A leader (团长) as settlements know them: a person on a platform, whatever groups they run there.
 *
 * @param name as the group lists them; not part of the identity
 */
public record Leader(String platform, String userId, String name) {

    public Leader {
        if (platform == null || platform.isBlank() || userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a leader needs a platform and a user id");
        }
        platform = platform.strip();
        userId = userId.strip();
        name = name == null ? "" : name.strip();
    }

    /** {@code <platform>/<user id>}: how the change log names the leader. */
    public String key() {
        return platform + "/" + userId;
    }
}
