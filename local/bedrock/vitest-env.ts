/** Points each test file's environment at the run's local model endpoint (see vitest-global.ts). */
import { inject } from "vitest";

process.env.BEDROCK_ENDPOINT = inject("bedrockUrl");
process.env.BEDROCK_REGION = "us-east-1";
process.env.BEDROCK_MODEL_ID = "local.soap-drafter-v1";
process.env.BEDROCK_STREAM_IDLE_MS = "1500";
process.env.LOCAL_BEDROCK_RECORD_FILE = inject("bedrockRecordFile");
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
