package dev.groupbuy.core.command;

import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.ReplyGate;
import dev.groupbuy.core.chat.Route;
import java.util.List;

/**
 * The table of chat commands, in the order the router tries them: a command whose word starts another's
 * ({@code #取消} and {@code #取消团}) comes after it. Each is one small class behind the shared {@link CommandGate}.
 */
public final class ChatCommands {

    private ChatCommands() {}

    public static List<ChatCommand> all(UseCases use) {
        return List.of(
                new OpenCommand(use),
                new CloseCommand(use),
                new ReopenCommand(use),
                new SummaryCommand(use),
                new ListCommand(use),
                new ExportCommand(use),
                new ArrivedCommand(use),
                new PickupCommand(use),
                new WaitingCommand(use),
                new AddOrderCommand(use),
                new RepeatCommand(use),
                new CancelDealCommand(use),
                new ConfirmCommand(use),
                new CancelOrderCommand(use),
                new PaidCommand(use),
                new RefundCommand(use),
                new RemindPaymentCommand(use),
                new MineCommand(use),
                new HelpCommand());
    }

    /** One route per command, named by its word. */
    public static List<Route> routes(UseCases use, ReplyGate gate) {
        Permissions permissions = use.ports().permissions();
        return all(use).stream()
                .map(command -> Route.of(
                        command.spec().word(),
                        message -> command.spec().match(message).isPresent(),
                        new CommandGate(command, permissions, use.ports().deals(), gate)))
                .toList();
    }
}
