package io.humanlink.web.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * The RSA key pair the app under test signs and verifies access tokens with, made by the test so that tests can forge
 * tokens with it: {@code private.pem} is PKCS#8 ({@code BEGIN PRIVATE KEY}), {@code public.pem} is X.509
 * SubjectPublicKeyInfo ({@code BEGIN PUBLIC KEY}).
 */
public record SigningKeys(RSAPrivateKey privateKey, RSAPublicKey publicKey, Path privatePem, Path publicPem) {

    public static SigningKeys generate(Path directory) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Path privatePem = write(directory.resolve("private.pem"), "PRIVATE KEY", pair.getPrivate().getEncoded());
            Path publicPem = write(directory.resolve("public.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());
            return new SigningKeys((RSAPrivateKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic(), privatePem,
                    publicPem);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exact bytes of {@code public.pem}, as an attacker who downloaded it would have them. */
    public byte[] publicPemBytes() {
        try {
            return Files.readAllBytes(publicPem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String label, byte[] der) throws IOException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        String pem = "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
        return Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }
}
