package dev.groupbuy.core.actor;

/**
 * Who does something: a member of a group (through the chat, later the console), an operator holding an
 * admin token, or the scheduler. Every use case takes one, checks what it may do, and writes it into the
 * history with the {@link #door()} it came through.
 */
public sealed interface Actor {

    Door door();

    /** How the history names the actor: a platform user id, {@code admin:<token>}, {@code scheduler:<job>}. */
    String id();

    /** The stored inbound message the action answers, when it came from the chat; else {@code null}. */
    default Long inboxId() {
        return null;
    }

    static Member chat(String userId, String name, long inboxId) {
        return new Member(userId, name, Door.CHAT, inboxId);
    }

    /** A person of a group, as the platform identifies them. */
    record Member(String userId, String name, Door door, Long inboxId) implements Actor {

        public Member {
            if (userId == null || userId.isBlank()) {
                throw new IllegalArgumentException("a member needs a user id");
            }
            name = name == null ? "" : name.strip();
        }

        @Override
        public String id() {
            return userId;
        }
    }

    /** Someone using the admin API (or, later, the console) with an operator's token. */
    record Operator(String name, Door door) implements Actor {

        public Operator {
            name = name == null || name.isBlank() ? "operator" : name.strip();
        }

        public static Operator api(String name) {
            return new Operator(name, Door.API);
        }

        @Override
        public String id() {
            return "admin:" + name;
        }
    }

    /** A scheduled job acting on its own. */
    record Scheduler(String job) implements Actor {

        @Override
        public Door door() {
            return Door.SCHEDULE;
        }

        @Override
        public String id() {
            return "scheduler:" + job;
        }
    }
}
