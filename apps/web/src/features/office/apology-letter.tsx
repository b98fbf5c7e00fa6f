import { withCorrections, type LetterFacts, type LetterFields } from './apology';
import { letterDate, vnDate, vnDateTime } from './dates';

interface Props {
  facts: LetterFacts;
  fields: LetterFields;
}

const DOTS = '……………………';

/**
 * Form 04 (Circular 01/2018/TT-VPCP): Phiếu xin lỗi và hẹn lại ngày trả kết quả, an A4 page in Vietnamese
 * whatever the screen's language (it is a state document). Blanks the system cannot know stay dotted lines to
 * be filled by hand.
 */
export function ApologyLetterDocument({ facts, fields }: Props) {
  const letter = withCorrections(facts, fields);
  const agency = letter.agency;
  return (
    <article className="office-letter" lang="vi" aria-label="Mẫu số 04">
      <header className="office-letter-head">
        <div className="office-letter-agency">
          <div className="office-letter-upper">{agency}</div>
          <div className="office-letter-rule" />
          <div>Số: {fields.number.trim() || DOTS}</div>
        </div>
        <div className="office-letter-state">
          <div className="office-letter-upper">
            <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
          </div>
          <div>
            <strong>Độc lập - Tự do - Hạnh phúc</strong>
          </div>
          <div className="office-letter-rule" />
          <div className="office-letter-date">
            <em>
              {fields.place.trim() || DOTS}, {letterDate(letter.declaredAt ?? new Date().toISOString())}
            </em>
          </div>
        </div>
      </header>
      <p className="office-letter-form">Mẫu số 04</p>
      <h1 className="office-letter-title">PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ</h1>
      <p className="office-letter-to">Kính gửi: Ông/Bà {fields.addressee.trim() || DOTS}</p>
      <p>
        Ngày {letter.receivedAt ? vnDate(letter.receivedAt) : DOTS}, Bộ phận tiếp nhận và trả kết quả {letter.receivingUnit} tiếp nhận hồ sơ của Ông/Bà, mã
        hồ sơ <strong>{letter.dossierCode}</strong>, đề nghị giải quyết thủ tục hành chính <span data-testid="office-letter-procedure">{letter.procedure}</span>.
      </p>
      <p>
        Thời hạn trả kết quả giải quyết hồ sơ ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả:{' '}
        <span data-testid="office-letter-old-date">{letter.previousAppointmentAt ? vnDateTime(letter.previousAppointmentAt) : DOTS}</span>.
      </p>
      <p>Tuy nhiên đến nay, {agency} chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng hẹn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.</p>
      <p>
        Lý do: <span data-testid="office-letter-reason">{letter.reason || DOTS}</span>
      </p>
      <p>
        Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {agency} xin lỗi Ông/Bà và hẹn trả kết quả vào{' '}
        <strong data-testid="office-letter-new-date">{letter.newAppointmentAt ? vnDateTime(letter.newAppointmentAt) : DOTS}</strong>.
      </p>
      <p>Mong nhận được sự cảm thông của Ông/Bà vì sự chậm trễ này.</p>
      <footer className="office-letter-sign">
        <div>
          <strong>THỦ TRƯỞNG CƠ QUAN</strong>
        </div>
        <div>
          <em>(Ký, ghi rõ họ tên và đóng dấu)</em>
        </div>
      </footer>
    </article>
  );
}
