package io.humanlink.client.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Chat load: clients in pairs, each pair sharing a conversation, every client sending {@code send} frames at a set
 * rate over {@code /ws/chat}. Each body starts with the send's {@link System#nanoTime()}, so the peer that receives the
 * {@code message} frame (in this same JVM) measures the end-to-end latency: send scheduled → frame read at the peer,
 * which includes the server's commit (the server delivers only committed messages). Figures count only the measured
 * window, after a warm-up. A client keeps at most {@code window} sends unacknowledged; what it owes beyond that is
 * skipped and counted, so the offered rate is visible next to the delivered one.
 * <p>
 * The sockets are Netty's (RFC 6455 client: handshake, masked frames, close), all on one event loop thread, which also
 * runs the send schedule: sending and receiving touch each client from that thread only, and each client's frames of
 * one tick go out in one write. The benchmark shares two cores between this generator, the app and the database, so
 * the generator's own CPU per message counts against the app's figure; the JDK WebSocket spent several thread hand-offs
 * and futures per frame. The integration tests keep using the JDK client.
 */
public final class ChatLoad {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final int MAX_FRAME_BYTES = 65536;

    /** Two members of one conversation, each with an access token. */
    public record Pair(String firstToken, String secondToken, String conversationId) {
    }

    /** Per-client rate (messages/s), warm-up and measured time, and the unacknowledged window per client. */
    public record Settings(double messagesPerSecondPerClient, Duration warmUp, Duration measured, int window) {
    }

    /** What the measured window saw. Latencies in milliseconds; rates per second of the window. */
    public record Result(int clients, double offeredPerSecond, long sent, long skipped, long acked, long delivered,
                         long errors, double seconds, double deliveredPerSecond, double p50Millis, double p99Millis,
                         double maxMillis) {
    }

    private final URI chat;

    public ChatLoad(URI chat) {
        this.chat = chat;
    }

    public Result run(List<Pair> pairs, Settings settings) throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            EventLoop loop = group.next();
            Stats stats = new Stats();
            List<Client> clients = new ArrayList<>();
            for (Pair pair : pairs) {
                clients.add(new Client(pair.conversationId(), stats, clients.size()));
                clients.add(new Client(pair.conversationId(), stats, clients.size()));
            }
            connect(loop, pairs, clients);

            long start = System.nanoTime();
            stats.measureFrom = start + settings.warmUp().toNanos();
            stats.measureTo = stats.measureFrom + settings.measured().toNanos();
            clients.forEach(client -> client.schedule = new SendSchedule(settings.messagesPerSecondPerClient(), start,
                    settings.window()));
            ScheduledFuture<?> ticks = loop.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                for (Client client : clients) {
                    client.sendDue(now);
                }
            }, 0, TICK_NANOS, TimeUnit.NANOSECONDS);
            TimeUnit.NANOSECONDS.sleep(Math.max(0, stats.measureTo - System.nanoTime()));
            ticks.cancel(false);
            Thread.sleep(500);  // frames in flight at the end of the window still arrive, but are not counted
            Stats seen = onLoop(loop, () -> {
                clients.forEach(Client::close);
                return stats;
            });
            double seconds = settings.measured().toNanos() / 1e9;
            return new Result(clients.size(), settings.messagesPerSecondPerClient() * clients.size(), seen.sent,
                    seen.skipped, seen.acked, seen.delivered, seen.errors, seconds, seen.delivered / seconds,
                    seen.latencies.percentileMillis(0.50), seen.latencies.percentileMillis(0.99), seen.maxNanos / 1e6);
        } finally {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
        }
    }

    /** Opens every client's socket (handshake included) on the loop; fails if any does not open within 60 s. */
    private void connect(EventLoop loop, List<Pair> pairs, List<Client> clients) throws InterruptedException {
        int port = chat.getPort() > 0 ? chat.getPort() : 80;
        Bootstrap bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000);
        List<CompletableFuture<Void>> opened = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Pair pair = pairs.get(i / 2);
            String token = i % 2 == 0 ? pair.firstToken() : pair.secondToken();
            Client client = clients.get(i);
            WebSocketClientProtocolConfig handshake = WebSocketClientProtocolConfig.newBuilder()
                    .webSocketUri(chat).version(WebSocketVersion.V13)
                    .customHeaders(new DefaultHttpHeaders().add(HttpHeaderNames.AUTHORIZATION, "Bearer " + token))
                    .generateOriginHeader(false)  // not a browser (see ChatOrigins)
                    .maxFramePayloadLength(MAX_FRAME_BYTES).handshakeTimeoutMillis(30_000).build();
            bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel channel) {
                    channel.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(MAX_FRAME_BYTES),
                            new WebSocketClientProtocolHandler(handshake),
                            new WebSocketFrameAggregator(MAX_FRAME_BYTES), client);
                }
            }).connect(chat.getHost(), port).addListener(connecting -> {
                if (!connecting.isSuccess()) {
                    client.opened.completeExceptionally(connecting.cause());
                }
            });
            opened.add(client.opened);
        }
        try {
            CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("chat load sockets did not all open", e);
        }
    }

    private static <T> T onLoop(EventLoop loop, java.util.concurrent.Callable<T> task) throws InterruptedException {
        try {
            return loop.submit(task).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the load generator's loop did not answer", e);
        }
    }

    /** Counters of all clients, touched only on the loop thread; only events inside [measureFrom, measureTo) count. */
    private static final class Stats {
        final LatencyHistogram latencies = new LatencyHistogram();
        long sent;
        long skipped;
        long acked;
        long delivered;
        long errors;
        long maxNanos;
        volatile long measureFrom = Long.MAX_VALUE;
        volatile long measureTo = Long.MAX_VALUE;

        boolean measuring(long nanos) {
            return nanos >= measureFrom && nanos < measureTo;
        }
    }

    /** One load client: its socket's last handler. Everything here runs on the loop thread. */
    private static final class Client extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        private final String conversationId;
        private final Stats stats;
        private final String prefix;
        final CompletableFuture<Void> opened = new CompletableFuture<>();
        private Channel channel;
        private int unacknowledged;
        private long counter;
        SendSchedule schedule;

        Client(String conversationId, Stats stats, int index) {
            this.conversationId = conversationId;
            this.stats = stats;
            this.prefix = "load-" + index + "-";
        }

        @Override
        public boolean isSharable() {
            return false;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                channel = ctx.channel();
                opened.complete(null);
            } else if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                opened.completeExceptionally(new TimeoutException("chat handshake timed out"));
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (!opened.completeExceptionally(cause)) {
                stats.errors++;  // the socket had opened: a failure during the load
            }
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            opened.completeExceptionally(new IllegalStateException("chat socket closed before it opened"));
            super.channelInactive(ctx);
        }

        void sendDue(long now) {
            if (channel == null || !channel.isActive()) {
                return;
            }
            SendSchedule.Due due = schedule.due(now, unacknowledged);
            boolean count = stats.measuring(now);
            if (count) {
                stats.skipped += due.skipped();
            }
            for (int i = 0; i < due.send(); i++) {
                String frame = "{\"type\":\"send\",\"conversationId\":\"" + conversationId + "\",\"clientMsgId\":\""
                        + prefix + (++counter) + "\",\"body\":\"" + System.nanoTime() + " load message\"}";
                unacknowledged++;
                if (count) {
                    stats.sent++;
                }
                channel.write(new TextWebSocketFrame(ByteBufUtil.writeUtf8(channel.alloc(), frame)),
                        channel.voidPromise());
            }
            if (due.send() > 0) {
                channel.flush();
            }
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            received(frame.text(), System.nanoTime());
        }

        private void received(String text, long now) {
            ServerFrame frame = ServerFrame.read(text);
            switch (frame.type()) {
                case "ack" -> {
                    unacknowledged--;
                    if (stats.measuring(now)) {
                        stats.acked++;
                    }
                }
                case "message" -> {
                    String body = frame.body() == null ? "" : frame.body();
                    int space = body.indexOf(' ');
                    if (space > 0 && stats.measuring(now)) {
                        long latency = now - Long.parseLong(body.substring(0, space));
                        stats.latencies.record(latency);
                        stats.maxNanos = Math.max(stats.maxNanos, latency);
                        stats.delivered++;
                    }
                }
                case "error" -> {
                    if (frame.clientMsgId()) {
                        unacknowledged--;
                    }
                    stats.errors++;
                }
                default -> {
                    // presence, typing, read: not part of the load
                }
            }
        }

        void close() {
            if (channel != null && channel.isActive()) {
                channel.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE, "done"))
                        .addListener(done -> channel.close());
            }
        }
    }

    /** What the generator reads of a server frame: its type, a message's body, whether it names a clientMsgId. */
    record ServerFrame(String type, String body, boolean clientMsgId) {

        /** Reads the top-level fields with the streaming parser (no object tree per frame). */
        static ServerFrame read(String text) {
            String type = "";
            String body = null;
            boolean clientMsgId = false;
            try (JsonParser parser = JSON.createParser(new StringReader(text))) {
                if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                    return new ServerFrame(type, null, false);
                }
                while (parser.hasNext()) {
                    JsonParser.Event event = parser.next();
                    if (event != JsonParser.Event.KEY_NAME) {
                        break;  // END_OBJECT
                    }
                    String key = parser.getString();
                    switch (parser.next()) {
                        case VALUE_STRING -> {
                            switch (key) {
                                case "type" -> type = parser.getString();
                                case "body" -> body = parser.getString();
                                case "clientMsgId" -> clientMsgId = true;
                                default -> {
                                    // not needed
                                }
                            }
                        }
                        case START_OBJECT -> parser.skipObject();
                        case START_ARRAY -> parser.skipArray();
                        default -> {
                            // numbers, booleans, null: not needed
                        }
                    }
                }
            }
            return new ServerFrame(type, body, clientMsgId);
        }
    }
}
