package org.tracegraph.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.SocketChannelEndPoint;

/**
 * Whether the client of a long request (a synchronous import) is still there to hear its answer. Jetty notices
 * that an HTTP/1.1 client has closed its connection only when it next reads or writes it, and a handler that
 * has read its whole body does neither until it answers: an import whose client gave up would run to its end.
 * So the connection is asked directly: a read that finds the end of the stream means the client has gone.
 *
 * <p>Only for plain HTTP/1.1 over a socket (behind TLS, the bytes are Jetty's to decrypt, and nothing is asked).
 * A client that half-closes its side after sending the request counts as gone. Bytes found there (a
 * pipelined request, which no browser sends) are not Jetty's any more: the connection closes after the answer.
 */
public final class ClientConnection {
    private ClientConnection() {
    }

    /** Whether the request's client is gone: asked each time, cheaply (one non-blocking read of one byte). */
    public static BooleanSupplier gone(Context ctx) {
        SocketChannel channel;
        try {
            var request = ServletContextRequest.getServletContextRequest(ctx.req());
            var endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
            if (!(endPoint instanceof SocketChannelEndPoint socket) || ctx.req().isSecure()) return () -> false;
            channel = (SocketChannel) socket.getChannel();
        } catch (RuntimeException notJetty) {
            return () -> false;
        }
        var probe = ByteBuffer.allocate(1);
        var stolen = new boolean[1];
        return () -> {
            if (stolen[0]) return false;
            try {
                probe.clear();
                int read = channel.read(probe);
                if (read > 0) {
                    stolen[0] = true;
                    ctx.header("Connection", "close");
                }
                return read < 0;
            } catch (IOException reset) {
                return true;
            }
        };
    }
}
