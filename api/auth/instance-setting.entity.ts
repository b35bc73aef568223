import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Settings this installation generates for itself, e.g. the token signing key when AUTH_SECRET is unset. */
@Entity()
export class InstanceSetting {
  @PrimaryColumn()
  name: string;

  @Column()
  value: string;
}
