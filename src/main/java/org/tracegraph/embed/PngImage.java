package org.tracegraph.embed;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A view's picture as PNG, painted with Java2D on a server without a display (headless). Text needs a font:
 * Debian's fonts-dejavu-core through fontconfig (.ci/run installs both where missing).
 */
final class PngImage {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final String FONT = "DejaVu Sans";

    private PngImage() {
    }

    /** The picture drawn {@code width} pixels wide (its own width unless smaller, for a thumbnail). */
    static byte[] write(ViewPicture p, int width) {
        var image = new BufferedImage(width, ViewPicture.heightFor(width), BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.scale(width / (double) p.width(), width / (double) p.width());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, p.width(), p.height());
            text(g, 32, 44, 26, Font.BOLD, "#1d2433", ViewPicture.shorten(p.title(), 80));
            if (p.subtitle() != null) text(g, 32, 68, 14, Font.PLAIN, "#4a5568", ViewPicture.shorten(p.subtitle(), 150));
            for (var e : p.edges()) {
                var look = e.look();
                g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, (float) look.opacity()));
                g.setColor(color(look.color()));
                g.setStroke(stroke(look));
                g.draw(new Line2D.Double(e.x1(), e.y1(), e.x2(), e.y2()));
                g.fill(polygon(ViewPicture.arrow(e)));
            }
            g.setComposite(java.awt.AlphaComposite.SrcOver);
            for (var n : p.nodes()) {
                shape(g, n);
            }
            for (var n : p.nodes()) {
                g.setFont(new Font(FONT, Font.PLAIN, 12));
                int w = g.getFontMetrics().stringWidth(n.label());
                int x = (int) Math.round(n.x() - w / 2.0);
                int y = (int) Math.round(n.y() + n.r() + 14);
                g.setColor(new Color(255, 255, 255, 215));
                g.fillRoundRect(x - 2, y - 11, w + 4, 15, 4, 4);
                text(g, x, y, 12, Font.PLAIN, "#1d2433", n.label());
            }
            legend(g, p);
            int y = p.height() - 34;
            for (var line : p.footer()) {
                text(g, 32, y, 12, Font.PLAIN, "#4a5568", ViewPicture.shorten(line, 170));
                y += 18;
            }
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void legend(Graphics2D g, ViewPicture p) {
        double x = 32;
        double y = p.height() - ViewPicture.bottom() + 22;
        for (var entry : p.legend()) {
            if (entry.type() != null) {
                shape(g, new ViewPicture.NodeMark("legend", x + 8, y - 4, 7, entry.type(), entry.label()));
            } else {
                var s = entry.status();
                g.setColor(color(s.color()));
                g.setStroke(stroke(s));
                g.draw(new Line2D.Double(x, y - 4, x + 26, y - 4));
            }
            double labelX = x + (entry.type() != null ? 20 : 32);
            text(g, labelX, y, 12, Font.PLAIN, "#1d2433", entry.label());
            x = labelX + SvgImage.legendWidth(entry.label());
        }
    }

    private static void shape(Graphics2D g, ViewPicture.NodeMark n) {
        var outline = ViewPicture.outline(n);
        java.awt.Shape shape = outline.length == 0
                ? new Ellipse2D.Double(n.x() - n.r(), n.y() - n.r(), 2 * n.r(), 2 * n.r())
                : polygon(outline);
        g.setColor(color(n.look().color()));
        g.fill(shape);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f));
        g.draw(shape);
    }

    private static BasicStroke stroke(ViewPicture.StatusLook look) {
        float[] dash = null;
        if (look.dash() != null) {
            dash = new float[look.dash().length];
            for (int i = 0; i < dash.length; i++) dash[i] = (float) look.dash()[i];
        }
        return new BasicStroke((float) look.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    private static Path2D polygon(double[][] pts) {
        var path = new Path2D.Double();
        path.moveTo(pts[0][0], pts[0][1]);
        for (int i = 1; i < pts.length; i++) path.lineTo(pts[i][0], pts[i][1]);
        path.closePath();
        return path;
    }

    private static void text(Graphics2D g, double x, double y, int size, int style, String color, String text) {
        g.setFont(new Font(FONT, style, size));
        g.setColor(color(color));
        g.drawString(text, (float) x, (float) y);
    }

    private static Color color(String hex) {
        return Color.decode(hex);
    }
}
