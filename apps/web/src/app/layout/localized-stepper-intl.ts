import { Injectable } from '@angular/core';
import { MatStepperIntl } from '@angular/material/stepper';

/** The steppers' labels in the build's language ("Không bắt buộc" / "Optional"). */
@Injectable()
export class LocalizedStepperIntl extends MatStepperIntl {
  override optionalLabel = $localize`:@@stepperOptional:Không bắt buộc`;
  override completedLabel = $localize`:@@stepperCompleted:Đã xong`;
  override editableLabel = $localize`:@@stepperEditable:Có thể sửa`;
}
