/**
 * Reading the trainer's QR code with the phone's camera, where the browser allows it: the
 * browser's own BarcodeDetector when it reads QR codes, else jsQR (loaded only when a scan starts).
 */

interface DetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = { new (options: { formats: string[] }): DetectorLike; getSupportedFormats?: () => Promise<string[]> };

/** Whether this browser can show the camera to the page (secure page, a camera API). */
export function cameraAvailable(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia && window.isSecureContext !== false;
}

async function makeReader(): Promise<(video: HTMLVideoElement) => Promise<string | null>> {
  const Detector = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  const formats: string[] = Detector ? ((await Detector.getSupportedFormats?.().catch(() => [])) ?? []) : [];
  if (Detector && formats.includes('qr_code')) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || !video.videoWidth) return null;
    // A smaller frame reads as well and costs a phone far less.
    const scale = Math.min(1, 640 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}

/** What a scanned QR code holds: the check-in page with the session and code, or just the digits. */
export function readCheckInText(text: string): { sessionId: string | null; code: string } | null {
  const digits = text.trim();
  if (/^\d{6}$/.test(digits)) return { sessionId: null, code: digits };
  try {
    const url = new URL(text, window.location.origin);
    const code = url.searchParams.get('kode');
    if (code && /^\d{6}$/.test(code)) return { sessionId: url.searchParams.get('sesi'), code };
  } catch {
    // Not a URL: not ours.
  }
  return null;
}

/**
 * Shows the back camera in `video` and reads frames until a check-in QR code appears; resolves
 * with it, or with null when `signal` aborts. Rejects when the camera is refused or missing.
 */
export async function scanCheckInCode(
  video: HTMLVideoElement,
  signal: AbortSignal,
): Promise<{ sessionId: string | null; code: string } | null> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  try {
    video.srcObject = stream;
    video.setAttribute('playsinline', 'true');
    await video.play();
    const read = await makeReader();
    while (!signal.aborted) {
      const text = await read(video).catch(() => null);
      const found = text ? readCheckInText(text) : null;
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return null;
  } finally {
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  }
}
