package dev.groupbuy.core.command;

import dev.groupbuy.core.chat.Outcome;

/**
 * One chat command: its {@link CommandSpec} and what it does once the {@link CommandGate} checked who sent it
 * and found its deal. A command translates the message into a use case's command record and the result into
 * what the bot says; the rules live in the use case.
 */
public interface ChatCommand {

    CommandSpec spec();

    /** Runs under the deal's lock (the group's when the command targets no deal), in the message's transaction. */
    Outcome run(CommandCall call);
}
