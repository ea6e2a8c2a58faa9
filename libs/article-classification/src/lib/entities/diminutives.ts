/**
 * Ukrainian familiar forms made from a given name by its regular suffixes, so that fiction and interviews which call
 * people Оксанка, Галочка, Петрик or Андрійко name them as surely as their full names do. Only suffixes added to the
 * whole stem are made: clipped forms (Ромко from Роман) are too many to guess and are listed by hand.
 */
export function ukrainianDiminutives(name: string, gender: 'm' | 'f'): string[] {
  return gender === 'f' ? womensDiminutives(name) : mensDiminutives(name);
}

function womensDiminutives(name: string): string[] {
  // Надія → Надійка, Марія → Марійка: a vowel before я keeps it as й.
  if (/[аеиіоуюяєї']я$/.test(name)) return [name.replace(/я$/, 'йка')];
  // Оля → Олечка, Олюся, Олька: a soft stem takes the soft suffixes.
  if (/я$/.test(name)) return [name.replace(/я$/, 'ечка'), name.replace(/я$/, 'юся'), name.replace(/я$/, 'ька')];
  if (!/а$/.test(name)) return [];
  const stem = name.slice(0, -1);
  const forms = [`${stem}очка`, `${stem}уся`];
  // Оксана → Оксанка, Марина → Маринка: -ка after a vowel and н alone, where it reads naturally.
  if (/[аеиіоуяюєї]н$/.test(stem)) forms.push(`${stem}ка`);
  return forms;
}

function mensDiminutives(name: string): string[] {
  // Андрій → Андрійко; Петро → Петрик, Петрусь; names in -ко (Сашко) are familiar already.
  if (/ій$/.test(name)) return [`${name}ко`];
  if (/(?<!к)о$/.test(name)) return [`${name.slice(0, -1)}ик`, `${name.slice(0, -1)}усь`];
  // Іван → Іванко, Іванчик; Тарас → Тарасик.
  if (/н$/.test(name)) return [`${name}ко`, `${name}чик`];
  if (/[бвдзмпрст]$/.test(name)) return [`${name}ик`];
  return [];
}
