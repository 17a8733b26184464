import { useState } from 'react';
import { Button, Input, Space, Upload, message } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { problemText } from '../../common/refusal';

export interface EvidenceRef {
  title: string;
  uri: string;
}

const FILE_SCHEME = 'evidence://';

/** Opens an uploaded file: the API wants the bearer header, so the browser cannot follow a plain link. */
async function download(taskId: string, ref: EvidenceRef): Promise<void> {
  const fileId = ref.uri.slice(FILE_SCHEME.length);
  const blob = await unwrap(api.GET('/tasks/{taskId}/evidence/{fileId}', { params: { path: { taskId, fileId } }, parseAs: 'blob' }));
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = ref.title;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One piece of evidence: a file kept by us (downloaded with the caller's rights) or a link. */
export function EvidenceLink({ taskId, evidence }: { taskId: string; evidence: EvidenceRef }) {
  const { t } = useTranslation();
  if (evidence.uri.startsWith(FILE_SCHEME)) {
    return (
      <Button
        type="link"
        size="small"
        icon={<PaperClipOutlined aria-hidden />}
        data-testid="evidence-file"
        onClick={() => void download(taskId, evidence).catch((e: unknown) => void message.error(problemText(e, t)))}
      >
        {evidence.title}
      </Button>
    );
  }
  return /^https?:\/\//.test(evidence.uri) ? (
    <a href={evidence.uri} target="_blank" rel="noopener noreferrer">
      {evidence.title}
    </a>
  ) : (
    <span title={evidence.uri}>
      {evidence.title} <code>{evidence.uri}</code>
    </span>
  );
}

/**
 * Evidence for a step: files uploaded to the task (checked by content on the server, size-limited)
 * and links. The value is the list of references the step's body carries.
 */
export function EvidenceInput({ taskId, value = [], onChange, id }: { taskId: string; value?: EvidenceRef[]; onChange?: (next: EvidenceRef[]) => void; id?: string }) {
  const { t } = useTranslation();
  const [linkTitle, setLinkTitle] = useState('');
  const [linkUri, setLinkUri] = useState('');
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const add = (ref: EvidenceRef) => onChange?.([...value, ref]);
  return (
    <div id={id}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {value.map((ref, i) => (
          <Space key={`${ref.uri}-${i}`}>
            <PaperClipOutlined aria-hidden />
            <span data-testid="evidence-chosen">{ref.title}</span>
            <Button size="small" type="text" onClick={() => onChange?.(value.filter((_, j) => j !== i))} aria-label={t('evidence.remove', { title: ref.title })}>
              ✕
            </Button>
          </Space>
        ))}
        <Upload
          showUploadList={false}
          accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.png,.jpg,.jpeg,.gif,.webp"
          customRequest={({ file, onSuccess, onError }) => {
            setUploading(true);
            setError(null);
            const form = new FormData();
            form.append('file', file as Blob);
            // The generated body type names the part; the browser's FormData carries the file as it streams.
            unwrap(api.POST('/tasks/{taskId}/evidence', { params: { path: { taskId } }, body: form as never, bodySerializer: () => form }))
              .then((body) => {
                add({ title: body.filename, uri: body.uri });
                onSuccess?.(body);
              })
              .catch((e: unknown) => {
                setError(problemText(e, t));
                onError?.(e as Error);
              })
              .finally(() => setUploading(false));
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={uploading} data-testid="evidence-upload">
            {t('evidence.upload')}
          </Button>
        </Upload>
        {error && (
          <div role="alert" style={{ color: '#cf1322' }} data-testid="evidence-error">
            {error}
          </div>
        )}
        <Space.Compact style={{ width: '100%' }}>
          <Input aria-label={t('evidence.linkTitle')} placeholder={t('evidence.linkTitle')} value={linkTitle} onChange={(e) => setLinkTitle(e.target.value)} style={{ width: '35%' }} />
          <Input aria-label={t('evidence.linkUri')} placeholder="https://… / doc://…" value={linkUri} onChange={(e) => setLinkUri(e.target.value)} />
          <Button
            disabled={!linkTitle.trim() || !linkUri.trim()}
            onClick={() => {
              add({ title: linkTitle.trim(), uri: linkUri.trim() });
              setLinkTitle('');
              setLinkUri('');
            }}
          >
            {t('evidence.addLink')}
          </Button>
        </Space.Compact>
      </Space>
    </div>
  );
}
